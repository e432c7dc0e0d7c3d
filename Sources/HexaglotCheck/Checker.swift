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
        Parallel.map(rules) { $0.check(context) }.flatMap { $0 }
    }

    /// The same findings in the same order, each rule a child task: for async callers
    /// (the service), which must not block a thread of the concurrency pool.
    public func check(_ context: CheckContext) async -> [Finding] {
        await Parallel.map(rules) { $0.check(context) }.flatMap { $0 }
    }
}
