import HexaglotTree

/// Sub-items run (a), (b), (c) … ((أ), (ب) … ; a), b) … ; （a）…) in each
/// paragraph, and each paragraph has as many as in the reference.
public struct SubItemStructureRule: CheckRule {
    public let id = "structure.subItems"
    public let severity = Finding.Severity.error
    public let summary = "sub-items are lettered in sequence and each paragraph has the reference's sub-items"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let referenceCounts = Self.counts(context.reference.alignedDocument)
        for version in context.versions {
            for p in version.document.sections.flatMap(\.paragraphs) {
                findings += SequenceCheck.problems(p.subItems.map { ($0.index, $0.location, $0.label) }, what: "sub-item",
                                                   expectedCount: referenceCounts[p.number]).map {
                    Finding(rule: id, severity: severity, message: "\(version.language), paragraph \(p.number): \($0.message)",
                            node: NodeKey.subItem(paragraph: p.number, index: $0.number).description,
                            sides: [$0.side(version, excerpt: "")])
                }
            }
        }
        let reference = context.reference
        let expected = Self.counts(reference.alignedDocument)
        for (_, version) in context.others {
            let actual = Self.counts(version.alignedDocument)
            for (n, count) in expected.sorted(by: { $0.key < $1.key }) {
                guard let other = actual[n], other != count else { continue }
                let key: NodeKey = other < count ? .subItem(paragraph: n, index: other + 1) : .subItem(paragraph: n, index: count + 1)
                findings.append(Finding(rule: id, severity: severity,
                    message: "paragraph \(n) has \(other) sub-item\(other == 1 ? "" : "s") in the \(version.language) version and \(count) in the \(reference.language) version",
                    node: "paragraph \(n)",
                    sides: [context.side(reference, reference.node(other < count ? key : .paragraph(n))),
                            context.side(version, version.node(other < count ? .paragraph(n) : key))]))
            }
        }
        return findings
    }

    static func counts(_ document: Document) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for p in document.sections.flatMap(\.paragraphs) { result[p.number] = p.subItems.count }
        return result
    }
}
