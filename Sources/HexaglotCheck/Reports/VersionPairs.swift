/// The comparisons a check makes — the reference against each other version —
/// and which findings belong to each. A finding belongs to the pairs of the
/// other versions its sides name; one that names only the reference (a fault of
/// the reference itself) belongs to every pair, since every comparison inherits it.
struct VersionPairs {
    struct Pair: Hashable {
        /// The other version's input index; nil when the reference is the only version.
        var other: Int?
        /// "zh↔fr", or "zh" alone.
        var name: String
    }

    let report: CheckReport

    var reference: Int { report.referenceIndex }

    var pairs: [Pair] {
        guard !report.inputs.isEmpty else { return [] }
        let others = report.inputs.indices.filter { $0 != reference }
        guard !others.isEmpty else { return [Pair(other: nil, name: label(reference))] }
        return others.map { Pair(other: $0, name: "\(label(reference))↔\(label($0))") }
    }

    /// The language, with the file when two inputs share a language.
    func label(_ index: Int) -> String {
        let input = report.inputs[index]
        let shared = report.inputs.filter { $0.language == input.language }.count > 1
        return shared ? "\(input.language) (\(input.file))" : input.language
    }

    func belongs(_ finding: Finding, to pair: Pair) -> Bool {
        let others = Set(finding.sides.compactMap(report.inputIndex(of:))).subtracting([reference])
        guard let other = pair.other else { return true }
        return others.isEmpty || others.contains(other)
    }

    func findings(of rule: String, in pair: Pair) -> [Finding] {
        report.findings.filter { $0.rule == rule && belongs($0, to: pair) }
    }
}
