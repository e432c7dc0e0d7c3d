/// One line per finding, like a compiler: `file:line:column: severity: message [rule]`,
/// then a `note:` line for each other version involved.
public struct TextReporter: CheckReporter {
    public init() {}

    public func render(_ report: CheckReport) throws -> [UInt8] {
        var out = ""
        for finding in report.findings {
            let primary = finding.sides.last ?? Finding.Side(language: "", file: "", location: nil, excerpt: "")
            out += "\(primary.locationDescription): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
            for side in finding.sides.dropLast() {
                out += "\(side.locationDescription): note: \(side.language): \(side.excerpt)\n"
            }
        }
        let errors = report.count(.error), warnings = report.count(.warning)
        out += "\(report.inputs.count) files checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return Array(out.utf8)
    }
}
