import HexaglotCheck

/// Which `ReportFormat` a `POST /check` answers in: `?format=` names one of the
/// registry's formats; otherwise the `Accept` header picks by media type; JSON by default.
enum ReportNegotiation {
    static func contentType(of format: ReportFormat) -> String {
        let type = format.mediaType
        return type.hasPrefix("text/") || type == "application/xml" ? type + "; charset=utf-8" : type
    }

    static var formatNames: String { ReportFormat.allCases.map(\.rawValue).joined(separator: ", ") }

    static func format(query: String?, accept: String?) throws -> ReportFormat {
        if let query {
            guard let format = ReportFormat(rawValue: query) else {
                throw Problem.badRequest("unknown report format '\(query)'; expected one of: \(formatNames)")
            }
            return format
        }
        guard let accept, !accept.trimmingWhitespace().isEmpty else { return .json }
        // Media ranges by descending quality, in header order among equals.
        let ranges = accept.split(separator: ",").enumerated().compactMap { index, item -> (type: String, q: Double, index: Int)? in
            let fields = item.split(separator: ";").map { $0.trimmingWhitespace() }
            guard let type = fields.first?.lowercased(), !type.isEmpty else { return nil }
            var q = 1.0
            for field in fields.dropFirst() where field.lowercased().hasPrefix("q=") {
                q = Double(field.dropFirst(2)) ?? 0
            }
            return (type, q, index)
        }.filter { $0.q > 0 }.sorted { ($0.q, -$0.index) > ($1.q, -$1.index) }
        let offered = [ReportFormat.json] + ReportFormat.allCases.filter { $0 != .json }
        for range in ranges {
            if let match = offered.first(where: { matches(range.type, $0.mediaType) }) { return match }
        }
        throw Problem(.notAcceptable, "no report format matches Accept: \(accept); available: "
            + offered.map { "\($0.mediaType) (\($0.rawValue))" }.joined(separator: ", "))
    }

    private static func matches(_ range: String, _ type: String) -> Bool {
        if range == "*/*" || range == type { return true }
        if range.hasSuffix("/*") { return type.hasPrefix(range.dropLast()) }
        return false
    }
}
