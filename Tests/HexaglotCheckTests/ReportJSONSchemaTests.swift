import Foundation
import HexaglotCheck
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// `hexaglot check --format json` against its documented schema, `Docs/check-report.schema.json`.
final class ReportJSONSchemaTests: XCTestCase {
    static let schema = "\(Repo.root)/Docs/check-report.schema.json"

    func testARealReportWithFindingsValidates() throws {
        let report = try ReportScenario(edits: ReportJUnitTests.edits).report
        XCTAssertFalse(report.findings.isEmpty)
        let clean = try ReportScenario().report
        XCTAssertTrue(clean.findings.isEmpty, "\(clean.findings)")
        let errors = try ReportSchemaValidation.errors(of: [try JSONReporter().render(report), try JSONReporter().render(clean)], schema: Self.schema)
        XCTAssertEqual(errors, [[], []])
    }

    /// Sides of every shape the reporter writes: a text location, a DOCX paragraph, no location, no excerpt.
    func testSidesOfEveryShapeValidate() throws {
        let sides = [
            Finding.Side.text("zh", "a.txt", 3, 7, "文本"),
            Finding.Side(language: "fr", file: "b.docx", location: SourceLocation(file: "b.docx", line: 4, column: 9, part: "word/footnotes.xml"), excerpt: "x"),
            Finding.Side(language: "fr", file: "b.docx", location: nil, excerpt: ""),
        ]
        let report = CheckReport(
            inputs: [CheckReport.Input(file: "a.txt", language: "zh", format: "text", reference: true),
                     CheckReport.Input(file: "b.docx", language: "fr", format: "docx", reference: false,
                                       languageSource: .detected(confidence: 0.926))],
            findings: [Finding(rule: "footnotes.citation", severity: .note, message: "m", node: "footnotes", sides: sides)])
        XCTAssertEqual(try ReportSchemaValidation.errors(try JSONReporter().render(report), schema: Self.schema), [])
    }

    /// The schema is strict enough to fail: each of these breaks one documented constraint.
    func testTheSchemaRejectsWhatTheReporterNeverWrites() throws {
        let report = try ReportScenario(edits: ReportJUnitTests.edits).report
        let valid = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try JSONReporter().render(report))) as? [String: Any])
        let breakages: [(String, ([String: Any]) -> [String: Any])] = [
            ("unknown severity", { Self.editFirstFinding($0) { $0["severity"] = "fatal" } }),
            ("null line", { Self.editFirstSide($0) { $0["line"] = NSNull() } }),
            ("missing excerpt", { Self.editFirstSide($0) { $0.removeValue(forKey: "excerpt") } }),
            ("column beside a part", { Self.editFirstSide($0) { $0["part"] = "word/document.xml" } }),
            ("line without column", { Self.editFirstSide($0) { $0.removeValue(forKey: "column") } }),
            ("line 0", { Self.editFirstSide($0) { $0["line"] = 0 } }),
            ("no sides", { Self.editFirstFinding($0) { $0["sides"] = [Any]() } }),
            ("unknown key", { var json = $0; json["extra"] = true; return json }),
            ("schema version 2", { var json = $0; json["schemaVersion"] = 2; return json }),
            ("negative count", { var json = $0; json["summary"] = ["errors": -1, "warnings": 0, "notes": 0]; return json }),
        ]
        let broken = try breakages.map { Array(try JSONSerialization.data(withJSONObject: $0.1(valid))) }
        let errors = try ReportSchemaValidation.errors(of: [Array(try JSONSerialization.data(withJSONObject: valid))] + broken, schema: Self.schema)
        XCTAssertEqual(errors.first, [], "the unbroken report validates")
        for ((what, _), errors) in zip(breakages, errors.dropFirst()) {
            XCTAssertFalse(errors.isEmpty, "the schema accepts a report with \(what)")
        }
    }

    /// Every property and definition of the schema says what it is.
    func testEveryFieldIsDocumented() throws {
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.schema))) as? [String: Any])
        var undocumented: [String] = []
        func visit(_ node: [String: Any], _ path: String) {
            if node["description"] == nil { undocumented.append(path) }
            for (name, child) in (node["properties"] as? [String: Any]) ?? [:] {
                if let child = child as? [String: Any] { visit(child, "\(path)/properties/\(name)") }
            }
            if let items = node["items"] as? [String: Any], items["$ref"] == nil { visit(items, "\(path)/items") }
        }
        visit(schema, "")
        for (name, definition) in (schema["$defs"] as? [String: Any]) ?? [:] {
            if let definition = definition as? [String: Any] { visit(definition, "/$defs/\(name)") }
        }
        XCTAssertEqual(undocumented.sorted(), [])
        let side = try XCTUnwrap(((schema["$defs"] as? [String: Any])?["side"] as? [String: Any])?["properties"] as? [String: Any])
        XCTAssertEqual(Set(side.keys), ["language", "file", "line", "column", "part", "excerpt"])
    }

    static func editFirstFinding(_ json: [String: Any], _ edit: (inout [String: Any]) -> Void) -> [String: Any] {
        var json = json
        var findings = json["findings"] as? [[String: Any]] ?? []
        if !findings.isEmpty { edit(&findings[0]) }
        json["findings"] = findings
        return json
    }

    /// Edits the first side that has a text location.
    static func editFirstSide(_ json: [String: Any], _ edit: (inout [String: Any]) -> Void) -> [String: Any] {
        editFirstFinding(json) { finding in
            var sides = finding["sides"] as? [[String: Any]] ?? []
            if let index = sides.firstIndex(where: { $0["column"] != nil }) { edit(&sides[index]) }
            finding["sides"] = sides
        }
    }
}
