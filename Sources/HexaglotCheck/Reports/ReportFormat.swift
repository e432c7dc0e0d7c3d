/// The report formats, and the one registry from format to reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, junit, sarif, html

    public var reporter: any CheckReporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .junit: JUnitReporter()
        case .sarif: SARIFReporter()
        case .html: HTMLReporter()
        }
    }
}
