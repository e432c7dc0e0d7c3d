import HexaglotTree

/// Footnotes are numbered 1, 2, 3 … in order of first citation; every
/// reference has a body and every body a reference; each version has as many
/// footnotes as the reference.
public struct FootnoteNumberingRule: CheckRule {
    public let id = "footnotes.numbering"
    public let severity = Finding.Severity.error
    public let summary = "footnotes are numbered in order of first citation, each with a body, as many as in the reference"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions {
            let bodies = version.document.footnotes
            findings += SequenceCheck.problems(bodies.map { ($0.number, $0.location, "\($0.number)") }, what: "footnote",
                                               expectedCount: context.reference.document.footnotes.count).map {
                Finding(rule: id, severity: severity, message: "\(version.language): \($0.message)", node: "footnote \($0.number)",
                        sides: [$0.side(version, excerpt: "")])
            }
            let citations = FootnoteCitations(version)
            var expected = 1
            for (number, node) in citations.firstCitations {
                if number != expected, number > expected {
                    findings.append(Finding(rule: id, severity: severity,
                        message: "\(version.language): footnote \(number) is cited before footnote \(expected)",
                        node: node.name, sides: [context.side(version, node)]))
                }
                expected = max(expected, number + 1)
            }
            let bodyNumbers = Set(bodies.map(\.number))
            for (number, node) in citations.firstCitations where !bodyNumbers.contains(number) {
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(version.language): footnote \(number) is cited but has no body", node: node.name,
                    sides: [context.side(version, node)]))
            }
        }
        let count = context.reference.document.footnotes.count
        for (_, version) in context.others where version.document.footnotes.count != count {
            findings.append(Finding(rule: id, severity: severity,
                message: "the \(version.language) version has \(version.document.footnotes.count) footnotes, the \(context.reference.language) version \(count)",
                node: "footnotes", sides: [context.side(context.reference, nil), context.side(version, nil)]))
        }
        return findings
    }
}

/// Which nodes cite which footnote, in reading order.
struct FootnoteCitations {
    /// Every citation: footnote number and the node citing it.
    let all: [(number: Int, node: AlignedNode)]

    init(_ version: Version) {
        all = version.nodes.filter { if case .footnote = $0.key { false } else { true } }.flatMap { node in
            node.content.footnoteRefs.map { ($0.number, node) }
        }
    }

    /// The first citation of each footnote, in reading order.
    var firstCitations: [(Int, AlignedNode)] {
        var seen = Set<Int>()
        return all.filter { seen.insert($0.number).inserted }.map { ($0.number, $0.node) }
    }

    /// The keys of the nodes citing each footnote.
    var nodesByFootnote: [Int: [NodeKey]] {
        Dictionary(grouping: all, by: \.number).mapValues { $0.map(\.node.key) }
    }
}
