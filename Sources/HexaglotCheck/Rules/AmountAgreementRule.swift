/// Amounts of money agree node by node, by currency and value
/// ("$100 billion" = "100 000 millions de dollars" = "1000亿美元").
public struct AmountAgreementRule: CheckRule {
    public let id = "facts.amounts"
    public let severity = Finding.Severity.error
    public let summary = "the amounts of money in each node are the same currency and value, whatever the magnitude words"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .amount, severity: severity, noun: "amounts", distinct: true).check(context)
    }
}
