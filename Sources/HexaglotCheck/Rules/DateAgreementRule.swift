/// Dates, months and date ranges agree by value node by node, whatever each language's style.
public struct DateAgreementRule: CheckRule {
    public let id = "facts.dates"
    public let severity = Finding.Severity.error
    public let summary = "dates, months and date ranges agree by value node by node, whatever each language's style"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .date, severity: severity, noun: "dates").check(context)
    }
}
