/// Decision and recommendation numbers (14/34, 23/1) agree node by node.
public struct DecisionAgreementRule: CheckRule {
    public let id = "facts.decisions"
    public let severity = Finding.Severity.error
    public let summary = "decision and recommendation numbers (14/34, 23/1) agree node by node"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .decision, severity: severity, noun: "decision and recommendation numbers").check(context)
    }
}
