import HexaglotTree

/// Divisions that translate each other carry the same number in every
/// version, whatever script or style writes it ("二.", "II.", "ثانياً -"; "第二十四条",
/// "Article 24"): a division renumbered in one version is one finding there.
public struct DivisionNumberingRule: CheckRule {
    public let id = "structure.numbering"
    public let severity = Finding.Severity.error
    public let summary = "divisions that translate each other have the same number in every version"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for row in context.rows {
            guard case .division = row.key else { continue }
            let present = context.present(row)
            guard present.count >= 2 else { continue }
            let consensus = Consensus(present.map { ($0, context.node(row, $0)?.division?.number?.path ?? []) },
                                      reference: context.referenceIndex)
            guard !consensus.isUnanimous, let witness = consensus.agreeing.first, let expected = context.node(row, witness) else { continue }
            for odd in consensus.odd {
                guard let node = context.node(row, odd), let info = node.division else { continue }
                let version = context.versions[odd]
                let should = expected.division?.number.map { DivisionNames.display($0, heading: info.kind.isHeaded) } ?? "unnumbered"
                let label = info.label.isEmpty ? "no number" : "“\(info.label)”"
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(expected.name) has \(label) in the \(version.language) version; the \(context.versions[witness].language) version numbers it \(should)",
                    node: expected.name, key: row.key,
                    sides: [context.side(version, node), context.side(context.versions[witness], expected)]))
            }
        }
        return findings
    }
}
