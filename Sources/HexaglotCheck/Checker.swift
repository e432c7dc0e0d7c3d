import HexaglotTree

/// Runs every rule over a set of parallel versions and returns the findings
/// in a stable order.
public struct Checker: Sendable {
    /// Every rule, one per file under `Rules/`.
    public static let allRules: [any CheckRule] = [
        LanguageRule(),
        DivisionPresenceRule(), DivisionNumberingRule(),
        FootnoteNumberingRule(), FootnoteCitationRule(), FootnotePlacementRule(), FootnoteFormRule(),
        UrlAgreementRule(), SymbolAgreementRule(), DecisionAgreementRule(), ArticleAgreementRule(),
        NumberAgreementRule(), PercentAgreementRule(), AmountAgreementRule(), DateAgreementRule(), StatesListRule(),
    ]

    public let rules: [any CheckRule]

    public init(rules: [any CheckRule] = Checker.allRules) {
        self.rules = rules
    }

    public func check(_ context: CheckContext) -> [Finding] {
        let order = startOrder
        return inRuleOrder(Parallel.map(order) { [rules] in rules[$0].check(context) }, started: order)
    }

    /// The same findings in the same order, each rule a child task: for async callers
    /// (the service), which must not block a thread of the concurrency pool.
    public func check(_ context: CheckContext) async -> [Finding] {
        let order = startOrder
        return inRuleOrder(await Parallel.map(order) { [rules] in rules[$0].check(context) }, started: order)
    }

    /// The indices of the rules, costly ones first: the cores take the rules in this order, so that
    /// a costly rule taken last does not keep one core working alone at the end.
    private var startOrder: [Int] {
        rules.indices.filter { rules[$0].isCostly } + rules.indices.filter { !rules[$0].isCostly }
    }

    /// The findings of each rule (`found[k]` of rule `started[k]`), in the order of `rules`.
    private func inRuleOrder(_ found: [[Finding]], started: [Int]) -> [Finding] {
        var byRule = [[Finding]](repeating: [], count: rules.count)
        for (rule, findings) in zip(started, found) { byRule[rule] = findings }
        return byRule.flatMap { $0 }
    }
}
