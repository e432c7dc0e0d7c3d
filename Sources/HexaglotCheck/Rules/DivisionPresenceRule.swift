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
        let before = Self.nodesBefore(context)
        // Where a missing division would stand: the version's node in the nearest row before it, else its first node.
        func neighbour(_ r: Int, _ version: Int) -> AlignedNode? {
            (before[version][r] ?? context.versions[version].nodes.indices.first).map { context.versions[version].nodes[$0] }
        }
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
                        sides: [context.side(version, node), context.side(context.versions[witness], neighbour(r, witness))]))
                } else {
                    let have = context.node(row, witness)
                    findings.append(Finding(rule: id, severity: severity,
                        message: "\(name) is missing in the \(version.language) version (the \(others) version\(consensus.agreeing.count > 1 ? "s have" : " has") it)",
                        node: name, key: row.key,
                        sides: [context.side(context.versions[witness], have), context.side(version, neighbour(r, odd))]))
                }
            }
        }
        return findings
    }

    static func languages(_ versions: [Int], _ context: CheckContext) -> String {
        versions.map { context.versions[$0].language }.joined(separator: ", ")
    }

    /// For each version and row, the index in the version's `nodes` of its node in the nearest row
    /// before that row; found in one pass, as a version may lack a long stretch.
    static func nodesBefore(_ context: CheckContext) -> [[Int?]] {
        context.versions.indices.map { v in
            var last: Int?
            return context.rows.map { row in
                defer { if let member = row.members[v] { last = member } }
                return last
            }
        }
    }
}
