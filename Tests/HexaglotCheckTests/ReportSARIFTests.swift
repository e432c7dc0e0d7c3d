import Foundation
import HexaglotCheck
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// `hexaglot check --format sarif`: valid against the published SARIF 2.1.0
/// schema (vendored in Fixtures), with results on the checked version's file and line.
final class ReportSARIFTests: XCTestCase {
    static let schema = Repo.fixture("sarif-schema-2.1.0.json")

    func sarif(_ report: CheckReport) throws -> (bytes: [UInt8], json: [String: Any]) {
        let bytes = try SARIFReporter().render(report)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        return (bytes, json)
    }

    func testARealReportValidatesAndCarriesEveryFindingAndRule() throws {
        let report = try ReportScenario(edits: ReportJUnitTests.edits).report
        XCTAssertFalse(report.findings.isEmpty)
        let (bytes, log) = try sarif(report)
        XCTAssertEqual(try ReportSchemaValidation.errors(bytes, schema: Self.schema), [])
        XCTAssertEqual(bytes, try SARIFReporter().render(report), "the same report gives the same bytes")

        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, SARIFReporter.schemaURI)
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let run = runs[0]
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "hexaglot")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, Checker.allRules.map(\.id))
        XCTAssertEqual(rules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }, Checker.allRules.map(\.severity.rawValue))
        XCTAssertEqual(rules.map { ($0["shortDescription"] as? [String: Any])?["text"] as? String }, Checker.allRules.map(\.summary))

        let artifacts = try XCTUnwrap(run["artifacts"] as? [[String: Any]])
        XCTAssertEqual(artifacts.map { ($0["location"] as? [String: Any])?["uri"] as? String }, ReportScenario.languages.map(ReportScenario.file))

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, report.findings.count)
        for (result, finding) in zip(results, report.findings) {
            XCTAssertEqual(result["ruleId"] as? String, finding.rule)
            XCTAssertEqual(result["level"] as? String, finding.severity.rawValue)
            XCTAssertEqual(rules[result["ruleIndex"] as? Int ?? -1]["id"] as? String, finding.rule)
            XCTAssertTrue(((result["message"] as? [String: Any])?["text"] as? String)?.hasPrefix(finding.message) == true)
            XCTAssertEqual((result["relatedLocations"] as? [Any])?.count ?? 0, finding.sides.count - 1)
        }
    }

    /// The French URL finding sits on the French file, on the line and column where the changed URL is written.
    func testAResultPointsAtTheChangedTextAndRelatesTheReferencesLine() throws {
        let scenario = try ReportScenario(edits: ReportJUnitTests.edits)
        let (_, log) = try sarif(scenario.report)
        let results = try XCTUnwrap(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let result = try XCTUnwrap(results.first { ($0["message"] as? [String: Any])?["text"].map { "\($0)" }?.contains("POST2020-WS-2019-99") == true })
        XCTAssertEqual(result["ruleId"] as? String, "facts.urls")
        XCTAssertTrue(((result["message"] as? [String: Any])?["text"] as? String)?.hasSuffix("(compared with [zh](1))") == true)

        let physical = try XCTUnwrap(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "renderings/note.fr.txt")
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["index"] as? Int, 3)
        let region = try XCTUnwrap(physical["region"] as? [String: Any])
        let line = try XCTUnwrap(region["startLine"] as? Int)
        let column = try XCTUnwrap(region["startColumn"] as? Int)
        XCTAssertEqual(line, scenario.line(of: "POST2020-WS-2019-99", in: "fr"))
        XCTAssertTrue(Self.text(scenario.texts["fr"]!, line: line, column: column).hasPrefix("https://www.cbd.int/meetings/POST2020-WS-2019-99"),
                      Self.text(scenario.texts["fr"]!, line: line, column: column))

        let related = try XCTUnwrap((result["relatedLocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(related["id"] as? Int, 1)
        let relatedPhysical = try XCTUnwrap(related["physicalLocation"] as? [String: Any])
        XCTAssertEqual((relatedPhysical["artifactLocation"] as? [String: Any])?["uri"] as? String, "renderings/note.zh.txt")
        let relatedRegion = try XCTUnwrap(relatedPhysical["region"] as? [String: Any])
        XCTAssertEqual(relatedRegion["startLine"] as? Int, scenario.line(of: "POST2020-WS-2019-11", in: "zh"))
        XCTAssertTrue(Self.text(scenario.texts["zh"]!, line: relatedRegion["startLine"] as? Int ?? 0, column: relatedRegion["startColumn"] as? Int ?? 0)
                        .hasPrefix("https://www.cbd.int/meetings/POST2020-WS-2019-11"))
        XCTAssertTrue(((related["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("zh (reference): ") == true)
    }

    func testADOCXSideGetsALogicalLocationAndPathsBecomeURIReferences() throws {
        let docx = Finding.Side(language: "fr", file: "out/note fr é.docx",
                                location: SourceLocation(file: "out/note fr é.docx", line: 12, column: 3, part: "word/document.xml"), excerpt: "texte")
        let inputs = [CheckReport.Input(file: "/tmp/note [zh].txt", language: "zh", format: "text", reference: true),
                      CheckReport.Input(file: "out/note fr é.docx", language: "fr", format: "docx", reference: false)]
        let findings = [
            Finding(rule: "x.one", severity: .warning, message: "differs", node: "paragraph 3",
                    sides: [.text("zh", "/tmp/note [zh].txt", 4, 2, "文本"), docx]),
            Finding(rule: "x.one", severity: .note, message: "no location", node: "footnotes",
                    sides: [Finding.Side(language: "fr", file: "out/note fr é.docx", location: nil, excerpt: "")]),
        ]
        let report = CheckReport(inputs: inputs, findings: findings, rules: [StubRule(id: "x.one", severity: .warning)])
        let (bytes, log) = try sarif(report)
        XCTAssertEqual(try ReportSchemaValidation.errors(bytes, schema: Self.schema), [])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["level"] as? String }, ["warning", "note"])

        let location = try XCTUnwrap((results[0]["locations"] as? [[String: Any]])?.first)
        let physical = try XCTUnwrap(location["physicalLocation"] as? [String: Any])
        let uri = try XCTUnwrap((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
        XCTAssertEqual(uri, "out/note%20fr%20%C3%A9.docx")
        XCTAssertNil(physical["region"], "a DOCX paragraph index is not a line")
        let logical = try XCTUnwrap((location["logicalLocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(logical["fullyQualifiedName"] as? String, "word/document.xml/paragraph 12")
        XCTAssertEqual(logical["name"] as? String, "paragraph 12")
        XCTAssertEqual((location["message"] as? [String: Any])?["text"] as? String, "word/document.xml, paragraph 12")

        let related = try XCTUnwrap((results[0]["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((related["artifactLocation"] as? [String: Any])?["uri"] as? String, "file:///tmp/note%20%5Bzh%5D.txt")
        XCTAssertEqual(related["region"] as? [String: Int], ["startLine": 4, "startColumn": 2])

        let unlocated = try XCTUnwrap(((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        XCTAssertNil(unlocated["region"])
        for uri in ["out/note%20fr%20%C3%A9.docx", "file:///tmp/note%20%5Bzh%5D.txt"] {
            XCTAssertNotNil(URL(string: uri), uri)
            XCTAssertEqual(URL(string: uri, relativeTo: URL(string: "file:///repo/"))?.path.hasSuffix(uri.hasPrefix("file:") ? "/tmp/note [zh].txt" : "out/note fr é.docx"), true)
        }
        let artifacts = try XCTUnwrap(run["artifacts"] as? [[String: Any]])
        XCTAssertEqual(artifacts.map { $0["mimeType"] as? String },
                       ["text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"])
    }

    /// The text of a 1-based line from a 1-based column counted in Unicode scalars (SARIF `columnKind: unicodeCodePoints`).
    static func text(_ text: String, line: Int, column: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, column >= 1 else { return "" }
        let scalars = Array(lines[line - 1].unicodeScalars)
        guard column - 1 <= scalars.count else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[(column - 1)...])
        return String(out)
    }
}
