import Foundation
import HexaglotCheck
import HexaglotTestSupport
import Synchronization
import XCTest

/// `hexaglot check --format junit|sarif|html` end to end: the command passes
/// the versions' text to the reporters, and every format reports the same findings.
final class ReportCLITests: XCTestCase {
    func testEveryReportFormatFromTheCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-report-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let render = try runHexaglot(["render", Repo.noteModel, "--lang", "all", "-o", folder])
        XCTAssertEqual(render.status, 0, render.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 6)
        let french = try XCTUnwrap(files.first { $0.hasSuffix(".fr.txt") })
        let text = try String(contentsOfFile: "\(folder)/\(french)", encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "POST2020-WS-2019-11").count, 2)
        try text.replacingOccurrences(of: "POST2020-WS-2019-11", with: "POST2020-WS-2019-99").write(toFile: "\(folder)/\(french)", atomically: true, encoding: .utf8)

        // The four checks at once (each reads and checks the six files).
        let formats = [["json"], ["junit"], ["sarif"], ["html", "-o", "report.html"]]
        let runs = Mutex([Int: Result<CommandResult, any Error>]())
        DispatchQueue.concurrentPerform(iterations: formats.count) { i in
            let result = Result { try runHexaglot(["check", "--format"] + formats[i] + files, cwd: folder) }
            runs.withLock { $0[i] = result }
        }
        let (json, junit, sarif, html) = try runs.withLock { ($0[0]!, $0[1]!, $0[2]!, $0[3]!) }
        try checkReports(json: json.get(), junit: junit.get(), sarif: sarif.get(), html: html.get(), french: french, folder: folder)
    }

    func checkReports(json: CommandResult, junit: CommandResult, sarif: CommandResult, html: CommandResult,
                      french: String, folder: String) throws {
        XCTAssertEqual(json.status, 1, json.stderr)
        let findings = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]])
        XCTAssertFalse(findings.isEmpty)

        XCTAssertEqual(junit.status, 1, junit.stderr)
        let failures = try XMLTree.parse(Array(junit.stdout.utf8)).all("failure")
        XCTAssertTrue(failures.contains { $0.attributes["message"]?.contains("POST2020-WS-2019-99") == true })

        XCTAssertEqual(sarif.status, 1, sarif.stderr)
        XCTAssertEqual(try ReportSchemaValidation.errors(Array(sarif.stdout.utf8), schema: ReportSARIFTests.schema), [])
        let results = try XCTUnwrap(((try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
        XCTAssertEqual(results.count, findings.count)
        XCTAssertTrue(sarif.stdout.contains("\"uri\" : \"\(french)\""), "relative paths as given")

        XCTAssertEqual(html.status, 1, html.stderr)
        let page = try XMLTree.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/report.html"))))
        let table = try XCTUnwrap(page.all("table").first { $0.classes.contains("aligned") })
        let rows = try XCTUnwrap(table.all("tbody").first).children("tr")
        XCTAssertGreaterThan(rows.count, 40, "the command gives the reporter the versions' text")
        XCTAssertTrue(rows.contains { row in row.children("td").contains { $0.classes.contains("flagged") && $0.attributes["lang"] == "fr" } })
    }
}
