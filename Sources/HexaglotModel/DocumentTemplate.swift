import HexaglotTree

/// The prose of one document in one language (`Templates/<lang>/<document-id>.yaml`),
/// keyed by the model's node ids. The key set is closed against the model:
/// the renderer and `hexaglot lint` report missing and extra keys.
public struct DocumentTemplate: Hashable, Sendable {
    public var title: LocatedProse
    public var sections: [String: LocatedProse]
    public var paragraphs: [String: LocatedProse]
    public var subItems: [String: LocatedProse]
    public var footnotes: [String: LocatedProse]
    /// Header lines of a document without a meeting, by id.
    public var header: [String: LocatedProse]
    /// The text of each division of a `body`, by id.
    public var body: [String: LocatedProse]
    /// The headings of the divisions of a `body` that have one, by id.
    public var headings: [String: LocatedProse]
    /// Header lines and divisions this language's version does not have (`~` in the file),
    /// as "header.<id>" and "body.<id>": the official versions of a document need not have the same lines.
    public var absent: Set<String>
    /// Label patterns by numbering name, for this document in this language (over the locale's `divisions:`).
    public var numbering: [String: LabelPattern]
    /// Labels written out for divisions whose label no pattern gives ("Article premier"), by id.
    public var labels: [String: String]
    /// Where each key is ("paragraphs.support", and each table as "paragraphs"), for key findings.
    public var keyLocations: [String: SourceLocation]
    public var file: String
    public var location: SourceLocation

    /// Every piece of prose, in a stable order (the title, each table by key, the headings): what lint reads.
    public var allProse: [LocatedProse] {
        var proses = [title]
        for kind in NodeRef.Kind.allCases { proses += table(kind).sorted { $0.key < $1.key }.map(\.value) }
        return proses + headings.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Whether this version lacks the node (`~`).
    public func isAbsent(_ kind: NodeRef.Kind, _ id: String) -> Bool { absent.contains("\(kind.rawValue).\(id)") }

    public func prose(for kind: NodeRef.Kind, id: String) -> LocatedProse? {
        table(kind)[id]
    }

    public func table(_ kind: NodeRef.Kind) -> [String: LocatedProse] {
        switch kind {
        case .section: sections
        case .paragraph: paragraphs
        case .subItem: subItems
        case .footnote: footnotes
        case .header: header
        case .body: body
        }
    }

    public static func decode(yaml text: String, file: String) throws -> DocumentTemplate {
        let root = try YAMLNode.parse(text, file: file)
        let f = try root.fields("the template", allowed: [
            "title", "sections", "paragraphs", "subItems", "footnotes", "header", "body", "headings", "numbering", "labels",
        ])
        var keyLocations: [String: SourceLocation] = [:]
        var absent: Set<String> = []
        let keyNodes = Dictionary(try root.mappingPairs("the template").map { ($0.key, $0.keyNode.location) },
                                  uniquingKeysWith: { a, _ in a })
        /// `~` stands for a line or division this version lacks, where `nullable`.
        func table(_ name: String, nullable: Bool = false) throws -> [String: LocatedProse] {
            guard let node = f[name] else { return [:] }
            keyLocations[name] = keyNodes[name]
            var result: [String: LocatedProse] = [:]
            for (key, keyNode, value) in try node.mappingPairs("the \(name)") {
                keyLocations["\(name).\(key)"] = keyNode.location
                if nullable, value.isNull {
                    absent.insert("\(name).\(key)")
                    continue
                }
                result[key] = try value.prose("the prose of \(name).\(key)")
            }
            return result
        }
        var numbering: [String: LabelPattern] = [:]
        for (name, keyNode, value) in try f["numbering"]?.mappingPairs("the numbering patterns") ?? [] {
            keyLocations["numbering.\(name)"] = keyNode.location
            numbering[name] = try value.labelPattern("the label pattern '\(name)'")
        }
        var labels: [String: String] = [:]
        for (id, keyNode, value) in try f["labels"]?.mappingPairs("the labels") ?? [] {
            keyLocations["labels.\(id)"] = keyNode.location
            labels[id] = try value.string("the label of '\(id)'")
        }
        guard let title = f["title"] else { throw root.error("missing key 'title' in the template") }
        return DocumentTemplate(
            title: try title.prose("the title"),
            sections: try table(NodeRef.Kind.section.rawValue), paragraphs: try table(NodeRef.Kind.paragraph.rawValue),
            subItems: try table(NodeRef.Kind.subItem.rawValue), footnotes: try table(NodeRef.Kind.footnote.rawValue),
            header: try table(NodeRef.Kind.header.rawValue, nullable: true), body: try table(NodeRef.Kind.body.rawValue, nullable: true),
            headings: try table("headings"), absent: absent, numbering: numbering, labels: labels,
            keyLocations: keyLocations, file: file, location: root.location)
    }
}
