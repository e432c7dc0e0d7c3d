import Foundation
import HexaglotCheck
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The six renderings of the note as text files, some edited, read back and
/// checked: a report with real findings at real locations. Files are named
/// `renderings/note.<lang>.txt` in the report, as a relative path given on the
/// command line would be.
struct ReportScenario {
    static let languages = ["zh", "ar", "en", "fr", "es", "ru"]

    let report: CheckReport
    /// The text of each version as checked, by language.
    let texts: [String: String]

    /// The unedited renderings, made once for all tests.
    static let renderings = Result { try Dictionary(uniqueKeysWithValues: languages.map { ($0, try Repo.renderText($0)) }) }

    static func file(_ language: String) -> String { "renderings/note.\(language).txt" }

    /// `edits[language]` are replacements, each of a string found exactly once in that rendering.
    init(edits: [String: [(String, String)]] = [:], file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var versions: [Version] = []
        var inputs: [CheckReport.Input] = []
        var texts: [String: String] = [:]
        for language in Self.languages {
            var text = try Self.renderings.get()[language] ?? ""
            for (old, new) in edits[language] ?? [] {
                XCTAssertEqual(text.components(separatedBy: old).count, 2, "expected '\(old)' once in the \(language) rendering", file: file, line: line)
                text = text.replacingOccurrences(of: old, with: new)
            }
            texts[language] = text
            let path = folder.appendingPathComponent("note.\(language).txt").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let loaded = try VersionLoader().load(path)
            var version = loaded.0
            let format = loaded.1
            version.file = Self.file(language)
            versions.append(version)
            inputs.append(CheckReport.Input(file: version.file, language: version.language, format: format.rawValue, reference: language == "zh",
                                              languageSource: version.languageSource))
        }
        let context = CheckContext(versions: versions, stateNames: VersionLoader.stateNames(in: Repo.workspace))
        report = CheckReport(inputs: inputs, findings: Checker().check(context), versions: versions.map(CheckReport.AlignedVersion.init))
        self.texts = texts
    }

    /// The 1-based line of the one line of a version's text that contains `needle`.
    func line(of needle: String, in language: String) -> Int? {
        let lines = texts[language]?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        return lines.firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}

/// A rule for hand-made reports: reporters only read its id, severity and summary.
struct StubRule: CheckRule {
    let id: String
    let severity: Finding.Severity
    var summary: String { "the stub rule \(id)" }
    func check(_ context: CheckContext) -> [Finding] { [] }
}

extension Finding.Side {
    /// A side in a text file at line:column.
    static func text(_ language: String, _ file: String, _ line: Int, _ column: Int, _ excerpt: String) -> Finding.Side {
        Finding.Side(language: language, file: file, location: SourceLocation(file: file, line: line, column: column), excerpt: excerpt)
    }
}
