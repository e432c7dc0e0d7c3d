extension CheckReport {
    /// A rule as reports list it.
    struct RuleDescriptor: Hashable {
        var id: String
        var severity: Finding.Severity
        var summary: String
    }

    /// The report's rules, then any rule a finding names that the list lacks
    /// (hand-made reports), so that no finding is left without its rule.
    var ruleDescriptors: [RuleDescriptor] {
        var result = rules.map { RuleDescriptor(id: $0.id, severity: $0.severity, summary: $0.summary) }
        var known = Set(result.map(\.id))
        for finding in findings where known.insert(finding.rule).inserted {
            result.append(RuleDescriptor(id: finding.rule, severity: finding.severity, summary: finding.rule))
        }
        return result
    }
}
