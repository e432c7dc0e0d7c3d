import HexaglotTree

/// A bilingual XLIFF file (1.2 or 2.x) as units of text and inline codes, each located: what
/// `hexaglot xliff import` merges and what `check` reads as two versions (source and target).
/// Inline codes are `<ph>` and `<x/>` (1.2) and `<ph/>` (2.x); `<mrk>`, `<g>` and `<pc>` are
/// read through (their text kept); any other inline element is a located error.
public struct XLIFFFile: Sendable {
    public enum Piece: Hashable, Sendable {
        case text(String)
        case code(Code)
    }

    public struct Code: Hashable, Sendable {
        public var id: String
        /// The original data: a 1.2 `<ph>`'s content, a 2.x `<data>` named by `dataRef`; nil for a 1.2 `<x/>`.
        public var data: String?
        /// What is shown for it (`disp`, `equiv`, `equiv-text`).
        public var display: String?
        public var location: SourceLocation
    }

    public struct Unit: Sendable {
        public var id: String
        public var location: SourceLocation
        public var source: [Piece]
        /// Nil when the unit has no `<target>`.
        public var target: [Piece]?
        public var targetLocation: SourceLocation?
        public var state: String?
    }

    public var file: String
    /// "1.2", "2.0" or "2.1".
    public var version: String
    public var sourceLanguage: String
    public var targetLanguage: String?
    /// The `original` of the (first) `<file>`, and where that element is.
    public var original: String?
    public var fileLocation: SourceLocation
    public var units: [Unit]

    static let namespace12 = "urn:oasis:names:tc:xliff:document:1.2"
    static let namespace2 = "urn:oasis:names:tc:xliff:document:2.0"

    public init(_ bytes: [UInt8], file: String) throws {
        let tree = try XMLTree(bytes, file: file)
        let root = 0
        self.file = file
        guard tree[root].name == "xliff", [Self.namespace12, Self.namespace2].contains(tree[root].namespace) else {
            throw tree.error(root, "expected an <xliff> root in the namespace \(Self.namespace12) or \(Self.namespace2), found <\(tree[root].name)>")
        }
        version = tree[root].attributes["version"] ?? ""
        let files = tree.children(root, "file")
        guard let first = files.first else { throw tree.error(root, "expected a <file> element in <xliff>") }
        original = tree[first].attributes["original"]
        fileLocation = tree[first].location
        if tree[root].namespace == Self.namespace12 {
            guard version == "1.2" else { throw tree.error(root, "expected version=\"1.2\" in the XLIFF 1.2 namespace, found '\(version)'") }
            guard let source = tree[first].attributes["source-language"] else { throw tree.error(first, "expected a source-language on <file>") }
            sourceLanguage = source
            targetLanguage = tree[first].attributes["target-language"]
            units = try files.flatMap { try tree.descendants($0, "trans-unit").map { try Self.unit12(tree, $0) } }
        } else {
            guard version.hasPrefix("2.") else { throw tree.error(root, "expected version=\"2.0\" or \"2.1\" in the XLIFF 2 namespace, found '\(version)'") }
            guard let source = tree[root].attributes["srcLang"] else { throw tree.error(root, "expected a srcLang on <xliff>") }
            sourceLanguage = source
            targetLanguage = tree[root].attributes["trgLang"]
            units = try files.flatMap { try tree.descendants($0, "unit").map { try Self.unit2(tree, $0) } }
        }
    }

    private static func unitID(_ tree: XMLTree, _ unit: Int) throws -> String {
        guard let id = tree[unit].attributes["id"], !id.isEmpty else { throw tree.error(unit, "expected an id on <\(tree[unit].name)>") }
        return id
    }

    private static func unit12(_ tree: XMLTree, _ unit: Int) throws -> Unit {
        let id = try unitID(tree, unit)
        guard let source = tree.child(unit, "source") else { throw tree.error(unit, "unit '\(id)': expected a <source>") }
        let target = tree.child(unit, "target")
        return Unit(id: id, location: tree[unit].location, source: try pieces(tree, source, unit: id, data: [:]),
                    target: try target.map { try pieces(tree, $0, unit: id, data: [:]) },
                    targetLocation: target.map { tree[$0].location }, state: target.flatMap { tree[$0].attributes["state"] })
    }

    private static func unit2(_ tree: XMLTree, _ unit: Int) throws -> Unit {
        let id = try unitID(tree, unit)
        var data: [String: String] = [:]
        for original in tree.children(unit, "originalData") {
            for item in tree.children(original, "data") {
                data[tree[item].attributes["id"] ?? ""] = tree.text(item)
            }
        }
        var source: [Piece] = [], target: [Piece]? = nil
        var targetLocation: SourceLocation?, state: String?
        let segments = tree[unit].elements.filter { ["segment", "ignorable"].contains(tree[$0].name) }
        guard !segments.isEmpty else { throw tree.error(unit, "unit '\(id)': expected a <segment>") }
        for segment in segments {
            guard let s = tree.child(segment, "source") else { throw tree.error(segment, "unit '\(id)': expected a <source> in <\(tree[segment].name)>") }
            source += try pieces(tree, s, unit: id, data: data)
            if let t = tree.child(segment, "target") {
                target = (target ?? []) + (try pieces(tree, t, unit: id, data: data))
                targetLocation = targetLocation ?? tree[t].location
            }
            if tree[segment].name == "segment" { state = state ?? tree[segment].attributes["state"] }
        }
        return Unit(id: id, location: tree[unit].location, source: source, target: target, targetLocation: targetLocation, state: state)
    }

    /// The text and codes of a `<source>` or `<target>`.
    private static func pieces(_ tree: XMLTree, _ element: Int, unit: String, data: [String: String]) throws -> [Piece] {
        var result: [Piece] = []
        for content in tree[element].content {
            switch content {
            case .text(let text):
                result.append(.text(text))
            case .element(let e):
                let el = tree[e]
                switch el.name {
                case "ph", "x":
                    guard let id = el.attributes["id"], !id.isEmpty else {
                        throw tree.error(e, "unit '\(unit)': an inline <\(el.name)> without an id; expected the id of a code of the source")
                    }
                    let value: String? = if el.namespace == namespace12 { el.name == "ph" ? tree.text(e) : nil } else {
                        el.attributes["dataRef"].flatMap { data[$0] }
                    }
                    result.append(.code(Code(id: id, data: value,
                                             display: el.attributes["disp"] ?? el.attributes["equiv"] ?? el.attributes["equiv-text"],
                                             location: el.location)))
                case "mrk", "g", "pc":
                    result += try pieces(tree, e, unit: unit, data: data)
                default:
                    throw tree.error(e, "unit '\(unit)': unexpected inline <\(el.name)>; expected text and <ph> or <x/> codes")
                }
            }
        }
        return result
    }
}
