import HexaglotReaders
import HexaglotTree

/// One version of a document under check: its tree, its file and language
/// (and where that came from), and its text aligned by node across numbering conventions.
public struct Version: Sendable {
    public var file: String
    public var language: String
    /// Where `language` came from: an override, the file name, the markup, or detection.
    public var languageSource: LanguageSource
    /// What the text itself says of its language (nil when not looked at, or no letters).
    public var textLanguage: LanguageDetector.Detection?
    /// The document as read, numbers as printed.
    public var document: Document
    /// The document with numbers aligned to the reference's; equal to `document` until `aligned(to:)`.
    public private(set) var alignedDocument: Document
    /// Whether `alignedDocument` differs from `document` (its nodes were rebuilt).
    private var isRenumbered = false
    public private(set) var nodes: [AlignedNode] { didSet { nodeIndex = Self.firstIndexByKey(nodes) } }
    /// Where each key first occurs in `nodes`: `node(_:)` is called for every node by every rule.
    private var nodeIndex: [NodeKey: Int]
    /// How many characters a footnote marker takes in the source ("[footnoteRef:3]" in text files),
    /// so that columns after a marker stay exact; 0 where markers are not inline text.
    public var markerWidth: @Sendable (Int) -> Int

    /// Without `languageSource`, a given `language` counts as an override; else the
    /// document's own language counts as detected when the text says it, as markup when not.
    public init(file: String, language: String? = nil, document: Document,
                markerWidth: @escaping @Sendable (Int) -> Int = { _ in 0 },
                languageSource: LanguageSource? = nil, textLanguage: LanguageDetector.Detection? = nil) {
        self.file = file
        self.language = language ?? document.language
        var textLanguage = textLanguage
        if let languageSource {
            self.languageSource = languageSource
        } else if language != nil {
            self.languageSource = .override
        } else {
            if textLanguage == nil { textLanguage = LanguageDetector.detection(of: document) }
            self.languageSource = textLanguage.map { $0.language == document.language ? .detected(confidence: $0.confidence) : .markup } ?? .markup
        }
        self.textLanguage = textLanguage
        self.document = document
        self.alignedDocument = document
        let nodes = AlignedNode.all(in: document)
        self.nodes = nodes
        self.nodeIndex = Self.firstIndexByKey(nodes)
        self.markerWidth = markerWidth
    }

    /// This version with its nodes aligned to the reference's (see `Alignment`);
    /// `document` keeps the numbers as printed, for the structure rules.
    public func aligned(to reference: Document) -> Version {
        let renumbered = Alignment.align(document, to: reference)
        // Numbers that already align leave the nodes built in `init` as they are.
        if renumbered == nil, !isRenumbered { return self }
        var copy = self
        copy.alignedDocument = renumbered ?? document
        copy.isRenumbered = renumbered != nil
        copy.nodes = AlignedNode.all(in: copy.alignedDocument)
        return copy
    }

    /// The source location of a scalar offset in a node's plain text.
    public func location(of node: AlignedNode, offset: Int) -> SourceLocation? {
        guard var location = node.location else { return nil }
        guard location.part == nil else { return location }
        var seen = 0
        var extra = 0
        for inline in node.content {
            if seen > offset { break }
            switch inline {
            case .footnoteRef(let ref): extra += markerWidth(ref.number)
            default: seen += [inline].plainText.unicodeScalars.count
            }
        }
        location.column += offset + extra
        return location
    }

    public func node(_ key: NodeKey) -> AlignedNode? { nodeIndex[key].map { nodes[$0] } }

    /// The index in `nodes` of the first node with this key.
    public func index(of key: NodeKey) -> Int? { nodeIndex[key] }

    private static func firstIndexByKey(_ nodes: [AlignedNode]) -> [NodeKey: Int] {
        Dictionary(nodes.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Where a piece of text sits, independent of how each language numbers it:
/// section II, "二." and "ثانياً -" are all `.section(2)`.
public enum NodeKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    case masthead(MastheadLine.Role)
    case title
    case author
    case section(Int)
    case paragraph(Int)
    case subItem(paragraph: Int, index: Int)
    case footnote(Int)

    public var description: String {
        switch self {
        case .masthead(let role): "masthead (\(role.rawValue))"
        case .title: "title"
        case .author: "author line"
        case .section(let n): "section \(n)"
        case .paragraph(let n): "paragraph \(n)"
        case .subItem(let p, let i): "paragraph \(p) (\(NodeKey.letter(i)))"
        case .footnote(let n): "footnote \(n)"
        }
    }

    static func letter(_ i: Int) -> String {
        i >= 1 && i <= 26 ? String(UnicodeScalar(UInt8(96 + i))) : "\(i)"
    }

    private var order: (Int, Int, Int) {
        switch self {
        case .masthead(let role): (0, MastheadLine.Role.allCases.firstIndex(of: role) ?? 0, 0)
        case .title: (1, 0, 0)
        case .author: (2, 0, 0)
        case .section(let n): (3, n, 0)
        case .paragraph(let n): (4, n, 0)
        case .subItem(let p, let i): (4, p, i)
        case .footnote(let n): (5, n, 0)
        }
    }

    public static func < (a: NodeKey, b: NodeKey) -> Bool { a.order < b.order }
}

/// A node's inline content with its key and location (a class: rules pass nodes
/// around by the thousand, and a reference copies in one retain).
public final class AlignedNode: Sendable {
    public let key: NodeKey
    public let content: [Inline]
    public let location: SourceLocation?
    /// The content's plain text, made once: every rule reads it.
    public let text: String

    init(key: NodeKey, content: [Inline], location: SourceLocation?) {
        self.key = key
        self.content = content
        self.location = location
        self.text = content.plainText
    }

    static func all(in document: Document) -> [AlignedNode] {
        var nodes: [AlignedNode] = []
        // Masthead lines align by role; a body name set on two lines is one node.
        for role in MastheadLine.Role.allCases {
            let lines = document.masthead.filter { $0.role == role }
            guard let first = lines.first else { continue }
            let content = lines.map(\.content).joined(separator: [.text(" ")])
            nodes.append(AlignedNode(key: .masthead(role), content: Array(content), location: first.location))
        }
        nodes.append(AlignedNode(key: .title, content: document.title.content, location: document.title.location))
        nodes.append(AlignedNode(key: .author, content: document.author.content, location: document.author.location))
        for section in document.sections {
            nodes.append(AlignedNode(key: .section(section.number), content: section.heading, location: section.location))
            for p in section.paragraphs {
                nodes.append(AlignedNode(key: .paragraph(p.number), content: p.content, location: p.location))
                for item in p.subItems {
                    nodes.append(AlignedNode(key: .subItem(paragraph: p.number, index: item.index), content: item.content, location: item.location))
                }
            }
        }
        for f in document.footnotes { nodes.append(AlignedNode(key: .footnote(f.number), content: f.content, location: f.location)) }
        return nodes
    }

    /// A short excerpt for reports: the first `limit` characters, on one line.
    func excerpt(around offset: Int? = nil, limit: Int = 60) -> String {
        let flat = Array(text.replacingAll("\n", with: " "))
        guard flat.count > limit else { return String(flat) }
        let start = max(0, min((offset ?? 0) - limit / 3, flat.count - limit))
        return (start > 0 ? "…" : "") + String(flat[start..<(start + limit)]) + (start + limit < flat.count ? "…" : "")
    }
}
