import Foundation

/// The report as SARIF 2.1.0, for code-scanning UIs: one run whose results sit
/// on the file and line of the version under check (a finding's last side),
/// with the other versions as related locations linked from the message.
/// A DOCX side has no line: its part and paragraph go in a logical location.
/// Keys are sorted, so the same findings give the same bytes.
public struct SARIFReporter: CheckReporter {
    public init() {}

    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public func render(_ report: CheckReport) throws -> [UInt8] {
        let rules = report.ruleDescriptors
        var artifactFiles: [String] = []
        var artifacts: [SARIF.Artifact] = []
        for input in report.inputs where !artifactFiles.contains(input.file) {
            artifactFiles.append(input.file)
            artifacts.append(SARIF.Artifact(
                location: .init(uri: Self.uri(input.file), index: nil), mimeType: Self.mimeType(input.format),
                properties: .init(language: input.language, format: input.format, reference: input.reference)))
        }
        let results = report.findings.map { finding -> SARIF.Result in
            let related = finding.sides.dropLast().enumerated().map { offset, side in
                location(side, id: offset + 1, artifactIndex: artifactFiles.firstIndex(of: side.file),
                         message: "\(side.language)\(Self.role(side, report)): \(side.excerpt)")
            }
            let links = finding.sides.dropLast().enumerated().map { "[\(Self.linkText($1.language))](\($0 + 1))" }
            return SARIF.Result(
                ruleId: finding.rule, ruleIndex: rules.firstIndex { $0.id == finding.rule } ?? -1,
                level: finding.severity.rawValue,
                message: .init(text: finding.message + (links.isEmpty ? "" : " (compared with \(links.joined(separator: ", ")))")),
                locations: finding.sides.last.map { [location($0, id: nil, artifactIndex: artifactFiles.firstIndex(of: $0.file), message: nil)] } ?? [],
                relatedLocations: related.isEmpty ? nil : related,
                properties: .init(node: finding.node))
        }
        let log = SARIF.Log(runs: [SARIF.Run(
            tool: .init(driver: .init(rules: rules.map {
                .init(id: $0.id, shortDescription: .init(text: $0.summary), defaultConfiguration: .init(level: $0.severity.rawValue))
            })),
            artifacts: artifacts, results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(log)) + [0x0A]
    }

    func location(_ side: Finding.Side, id: Int?, artifactIndex: Int?, message: String?) -> SARIF.Location {
        var region: SARIF.Region?
        var logical: [SARIF.LogicalLocation]?
        var text = message
        if let part = side.part {
            let paragraph = side.line.map { "paragraph \($0)" } ?? "the part"
            logical = [.init(name: paragraph, fullyQualifiedName: "\(part)/\(paragraph)", kind: "element")]
            text = "\(part), \(paragraph)" + (message.map { ": \($0)" } ?? "")
        } else if let line = side.line, line >= 1 {
            region = .init(startLine: line, startColumn: side.column.flatMap { $0 >= 1 ? $0 : nil })
        }
        return SARIF.Location(
            id: id, physicalLocation: .init(artifactLocation: .init(uri: Self.uri(side.file), index: artifactIndex), region: region),
            logicalLocations: logical, message: text.map { .init(text: $0) })
    }

    static func role(_ side: Finding.Side, _ report: CheckReport) -> String {
        report.inputIndex(of: side) == report.referenceIndex ? " (reference)" : ""
    }

    /// Link text of an embedded link: brackets and backslashes escaped (SARIF §3.11.6).
    static func linkText(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("[", with: "\\[").replacingAll("]", with: "\\]")
    }

    /// A relative path stays relative (percent-encoded where a URI needs it); an absolute one becomes a file: URI.
    static func uri(_ path: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        var encoded = ""
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                encoded.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func mimeType(_ format: String) -> String? {
        switch format {
        case "text": "text/plain"
        case "markdown": "text/markdown"
        case "html": "text/html"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: nil
        }
    }
}
