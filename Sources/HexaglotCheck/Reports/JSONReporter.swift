import Foundation

/// The report as JSON (schema: `Docs/check-report.schema.json`):
/// `{"schemaVersion": 1, "tool": {...}, "inputs": [...], "summary": {...}, "findings": [...]}`.
/// Keys are sorted, so the same findings give the same bytes.
public struct JSONReporter: CheckReporter {
    public init() {}

    struct Payload: Encodable {
        struct Tool: Encodable { var name = "hexaglot"; var rules: [Rule] }
        struct Rule: Encodable { var id: String; var severity: String; var summary: String }
        struct Summary: Encodable { var errors: Int; var warnings: Int; var notes: Int }
        var schemaVersion = 1
        var tool: Tool
        var inputs: [CheckReport.Input]
        var summary: Summary
        var findings: [Finding]
    }

    public func render(_ report: CheckReport) throws -> [UInt8] {
        let payload = Payload(
            tool: .init(rules: report.rules.map { .init(id: $0.id, severity: $0.severity.rawValue, summary: $0.summary) }),
            inputs: report.inputs,
            summary: .init(errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note)),
            findings: report.findings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(payload)) + [0x0A]
    }
}
