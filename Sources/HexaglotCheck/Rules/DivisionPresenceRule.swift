import HexaglotTree

/// Every division of one version has its counterpart in the others: a
/// paragraph, article or target that one version lacks (or has alone) is one
/// finding at its place, and nothing after it shifts.
public struct DivisionPresenceRule: CheckRule {
    public let id = "structure.divisions"
    public let severity = Finding.Severity.error
    public let summary = "every division (section, article, paragraph, target, sub-paragraph …) has its counterpart in each version"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (r, row) in context.rows.enumerated() {
            guard case .division = row.key else { continue }
            let consensus = Consensus(row.members.map { $0 != nil }, reference: context.referenceIndex)
            guard let witness = consensus.agreeing.first else { continue }
            let name = context.name(of: row)
            for odd in consensus.odd {
                let version = context.versions[odd]
                let others = Self.languages(consensus.agreeing, context)
                if let node = context.node(row, odd) {
                    // Present here alone: the agreeing versions lack it.
                    findings.append(Finding(rule: id, severity: severity,
                        message: "\(node.name) of the \(version.language) version has no counterpart in the \(others) version\(consensus.agreeing.count > 1 ? "s" : "")",
                        node: node.name, key: row.key,
                        sides: [context.side(version, node), context.side(context.versions[witness], Self.neighbour(context, r, witness))]))
                } else {
                    let have = context.node(row, witness)
                    findings.append(Finding(rule: id, severity: severity,
                        message: "\(name) is missing in the \(version.language) version (the \(others) version\(consensus.agreeing.count > 1 ? "s have" : " has") it)",
                        node: name, key: row.key,
                        sides: [context.side(context.versions[witness], have), context.side(version, Self.neighbour(context, r, odd))]))
                }
            }
        }
        return findings
    }

    static func languages(_ versions: [Int], _ context: CheckContext) -> String {
        versions.map { context.versions[$0].language }.joined(separator: ", ")
    }

    /// The node of `version` nearest before row `r` (where a missing division would stand), else after it.
    static func neighbour(_ context: CheckContext, _ r: Int, _ version: Int) -> AlignedNode? {
        let rows = context.rows
        for k in stride(from: r - 1, through: 0, by: -1) { if let node = context.node(rows[k], version) { return node } }
        for k in (r + 1)..<rows.count { if let node = context.node(rows[k], version) { return node } }
        return nil
    }
}
