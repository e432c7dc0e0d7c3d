import HexaglotTree

/// Each footnote is cited once, from the same node (paragraph, sub-item,
/// masthead line …) as in the reference.
public struct FootnoteCitationRule: CheckRule {
    public let id = "footnotes.citation"
    public let severity = Finding.Severity.error
    public let summary = "each footnote is cited exactly once, from the same paragraph or sub-item as in the reference"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions {
            let citations = FootnoteCitations(version)
            for (number, keys) in citations.nodesByFootnote.sorted(by: { $0.key < $1.key }) where keys.count > 1 {
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(version.language): footnote \(number) is cited \(keys.count) times (\(keys.map { version.node($0)?.name ?? $0.description }.joined(separator: ", ")))",
                    node: "footnote \(number)", sides: [context.side(version, version.node(keys[1]))]))
            }
            let cited = Set(citations.nodesByFootnote.keys)
            for footnote in version.document.footnotes where !cited.contains(footnote.number) {
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(version.language): footnote \(footnote.number) is never cited", node: "footnote \(footnote.number)",
                    sides: [context.side(version, version.node(.footnote(footnote.number)))]))
            }
        }
        let reference = context.reference
        let expected = FootnoteCitations(reference).nodesByFootnote
        for (_, version) in context.others {
            let actual = FootnoteCitations(version).nodesByFootnote
            for (number, keys) in expected.sorted(by: { $0.key < $1.key }) {
                guard let first = keys.first, let other = actual[number]?.first, other != first else { continue }
                findings.append(Finding(rule: id, severity: severity,
                    message: "footnote \(number) is cited from \(version.node(other)?.name ?? other.description) in the \(version.language) version but from \(reference.node(first)?.name ?? first.description) in the \(reference.language) version",
                    node: "footnote \(number)", sides: [context.side(reference, reference.node(first)), context.side(version, version.node(other))]))
            }
        }
        return findings
    }
}
