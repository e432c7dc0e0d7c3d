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
    /// Where each key is ("paragraphs.support", and each table as "paragraphs"), for key findings.
    public var keyLocations: [String: SourceLocation]
    public var file: String
    public var location: SourceLocation

    public func prose(for kind: NodeRef.Kind, id: String) -> LocatedProse? {
        switch kind {
        case .section: sections[id]
        case .paragraph: paragraphs[id]
        case .subItem: subItems[id]
        case .footnote: footnotes[id]
        }
    }

    public func table(_ kind: NodeRef.Kind) -> [String: LocatedProse] {
        switch kind {
        case .section: sections
        case .paragraph: paragraphs
        case .subItem: subItems
        case .footnote: footnotes
        }
    }

    public static func decode(yaml text: String, file: String) throws -> DocumentTemplate {
        let root = try YAMLNode.parse(text, file: file)
        let f = try root.fields("the template", allowed: ["title", "sections", "paragraphs", "subItems", "footnotes"])
        var keyLocations: [String: SourceLocation] = [:]
        let keyNodes = Dictionary(try root.mappingPairs("the template").map { ($0.key, $0.keyNode.location) },
                                  uniquingKeysWith: { a, _ in a })
        func table(_ kind: NodeRef.Kind) throws -> [String: LocatedProse] {
            guard let node = f[kind.rawValue] else { return [:] }
            keyLocations[kind.rawValue] = keyNodes[kind.rawValue]
            var result: [String: LocatedProse] = [:]
            for (key, keyNode, value) in try node.mappingPairs("the \(kind.rawValue)") {
                result[key] = try value.prose("the prose of \(kind.rawValue).\(key)")
                keyLocations["\(kind.rawValue).\(key)"] = keyNode.location
            }
            return result
        }
        guard let title = f["title"] else { throw root.error("missing key 'title' in the template") }
        return DocumentTemplate(
            title: try title.prose("the title"),
            sections: try table(.section), paragraphs: try table(.paragraph),
            subItems: try table(.subItem), footnotes: try table(.footnote),
            keyLocations: keyLocations, file: file, location: root.location)
    }
}
