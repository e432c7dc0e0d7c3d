import HexaglotReaders
import HexaglotTree

/// One version of a document under check: its tree, its file and language
/// (and where that came from), and its nodes in reading order (masthead,
/// title, author line, every division of the body, footnotes), keyed by the
/// row of the alignment they fall in once `CheckContext` has aligned the versions.
public struct Version: Sendable {
    public var file: String
    public var language: String
    /// Where `language` came from: an override, the file name, the markup, or detection.
    public var languageSource: LanguageSource
    /// What the text itself says of its language (nil when not looked at, or no letters).
    public var textLanguage: LanguageDetector.Detection?
    /// The document as read, labels as printed.
    public var document: Document
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
        let nodes = AlignedNode.all(in: document)
        self.nodes = nodes
        self.nodeIndex = Self.firstIndexByKey(nodes)
        self.markerWidth = markerWidth
    }

    /// This version with the keys of its division nodes set to their rows (`keys[i]` for `nodes[i]`).
    func keyed(_ keys: [NodeKey]) -> Version {
        var copy = self
        copy.nodes = zip(nodes, keys).map { node, key in node.key == key ? node : node.with(key: key) }
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
            default: seen += [inline].plainText.scalarCount
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

/// Where a piece of text sits, the same in every version: the masthead field,
/// the title, the author line, a footnote by number, and a division by the row
/// of the alignment it falls in (so "二.", "II." and "ثانياً -" share a key, and a
/// paragraph renumbered in one version keeps the key of the one it translates).
public enum NodeKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    case masthead(MastheadLine.Role)
    case title
    case author
    /// A division: its row in the alignment (before alignment, its place in its own version).
    case division(Int)
    case footnote(Int)

    public var description: String {
        switch self {
        case .masthead(let role): "masthead (\(role.rawValue))"
        case .title: "title"
        case .author: "author line"
        case .division(let row): "division \(row + 1)"
        case .footnote(let n): "footnote \(n)"
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .masthead(let role): (0, MastheadLine.Role.allCases.firstIndex(of: role) ?? 0)
        case .title: (1, 0)
        case .author: (2, 0)
        case .division(let row): (3, row)
        case .footnote(let n): (4, n)
        }
    }

    public static func < (a: NodeKey, b: NodeKey) -> Bool { a.order < b.order }
}

/// A node's inline content with its key, location and name (a class: rules pass
/// nodes around by the thousand, and a reference copies in one retain).
public final class AlignedNode: Sendable {
    public let key: NodeKey
    public let content: [Inline]
    public let location: SourceLocation?
    /// The content's plain text, made once: every rule reads it.
    public let text: String
    /// How the document names the node: "paragraph 8 (c)", "Article 2, paragraph 3", "target 4.b", "footnote 3".
    public let name: String
    /// For a division: its kind, label as written and number.
    public let division: DivisionInfo?

    public struct DivisionInfo: Sendable, Hashable {
        public var kind: DivisionKind
        public var label: String
        public var number: DivisionNumber?
    }

    init(key: NodeKey, content: [Inline], location: SourceLocation?, name: String, division: DivisionInfo? = nil, text: String? = nil) {
        self.key = key
        self.content = content
        self.location = location
        self.text = text ?? content.plainText
        self.name = name
        self.division = division
    }

    /// A footnote reference of the content: its index in `content`, and the scalar offset in
    /// the plain text where it stands (for `CheckContext.side(_:_:reference:)`).
    public struct FootnoteReference: Sendable {
        public var index: Int
        public var offset: Int
        public var ref: FootnoteRef
    }

    /// Each footnote reference of the content, in order.
    public var footnoteReferences: [FootnoteReference] {
        // Most nodes cite none: no plain text made to count offsets.
        guard content.contains(where: { if case .footnoteRef = $0 { true } else { false } }) else { return [] }
        var references: [FootnoteReference] = []
        var offset = 0
        for (index, inline) in content.enumerated() {
            if case .footnoteRef(let ref) = inline {
                references.append(FootnoteReference(index: index, offset: offset, ref: ref))
            } else {
                offset += [inline].plainText.scalarCount
            }
        }
        return references
    }

    func with(key: NodeKey) -> AlignedNode {
        AlignedNode(key: key, content: content, location: location, name: name, division: division, text: text)
    }

    static func all(in document: Document) -> [AlignedNode] {
        var nodes: [AlignedNode] = []
        // Masthead lines align by role; a body name set on two lines is one node.
        for role in MastheadLine.Role.allCases {
            let lines = document.masthead.filter { $0.role == role }
            guard let first = lines.first else { continue }
            let content = lines.map(\.content).joined(separator: [.text(" ")])
            nodes.append(AlignedNode(key: .masthead(role), content: Array(content), location: first.location,
                                     name: NodeKey.masthead(role).description))
        }
        nodes.append(AlignedNode(key: .title, content: document.title.content, location: document.title.location, name: "title"))
        nodes.append(AlignedNode(key: .author, content: document.author.content, location: document.author.location, name: "author line"))
        var names = DivisionNames()
        var index = 0
        var unnumbered = 0
        for division in document.body {
            if division.number == nil { unnumbered += 1 }
            names.walk(division, unnumberedIndex: unnumbered) { division, name in
                nodes.append(AlignedNode(key: .division(index), content: division.text, location: division.location, name: name,
                                         division: DivisionInfo(kind: division.kind, label: division.label, number: division.number)))
                index += 1
            }
        }
        for f in document.footnotes {
            nodes.append(AlignedNode(key: .footnote(f.number), content: f.content, location: f.location, name: "footnote \(f.number)"))
        }
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
