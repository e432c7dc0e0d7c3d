/// Document symbols agree node by node.
public struct SymbolAgreementRule: CheckRule {
    public let id = "facts.symbols"
    public let severity = Finding.Severity.error
    public let summary = "document symbols agree node by node"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        FactAgreement(rule: id, kind: .symbol, severity: severity, noun: "document symbols").check(context)
    }
}
