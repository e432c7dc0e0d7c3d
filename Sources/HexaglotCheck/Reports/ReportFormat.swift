/// The report formats, and the one registry from format to reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, junit, sarif, html

    /// The media type (IANA) a report of this format is served as.
    public var mediaType: String {
        switch self {
        case .text: "text/plain"
        case .json: "application/json"
        case .junit: "application/xml"
        case .sarif: "application/sarif+json"
        case .html: "text/html"
        }
    }

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
