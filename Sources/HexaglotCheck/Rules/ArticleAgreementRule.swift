/// Article references (8(j)) agree node by node.
public struct ArticleAgreementRule: CheckRule {
    public let id = "facts.articles"
    public let severity = Finding.Severity.error
    public let summary = "article references (8(j)) agree node by node"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .article, severity: severity, noun: "article references").check(context)
    }
}
