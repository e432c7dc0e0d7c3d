/// Percentages agree node by node, by value ("0,7 %" = "0.7 per cent" = "百分之零点七").
public struct PercentAgreementRule: CheckRule {
    public let id = "facts.percentages"
    public let severity = Finding.Severity.error
    public let summary = "the percentages in each node are the same, whatever the separators and percent words"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .percent, severity: severity, noun: "percentages", distinct: true).check(context)
    }
}
