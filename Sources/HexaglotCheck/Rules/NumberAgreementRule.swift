/// Numbers written in digits (any script) agree node by node.
public struct NumberAgreementRule: CheckRule {
    public let id = "facts.numbers"
    public let severity = Finding.Severity.error
    public let summary = "the numbers written in digits (any script) in each node are the same set"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .number, severity: severity, noun: "numbers", distinct: true, spelledAlso: [.ordinal]).check(context)
    }
}
