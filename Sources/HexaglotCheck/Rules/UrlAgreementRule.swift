/// URLs agree node by node.
public struct UrlAgreementRule: CheckRule {
    public let id = "facts.urls"
    public let severity = Finding.Severity.error
    public let summary = "URLs agree node by node"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .url, severity: severity, noun: "URLs").check(context)
    }
}
