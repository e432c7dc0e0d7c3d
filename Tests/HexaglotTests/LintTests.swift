import Foundation
import HexaglotTestSupport
import XCTest

final class LintTests: XCTestCase {
    func testTheRepositoryIsClean() throws {
        let result = try runHexaglot(["lint", "--root", Repo.root])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testABrokenTemplateGetsLocatedFindingsAndExit1() throws {
        let scratch = try ScratchWorkspace()
        let path = "Templates/zh/cbd-wg2020-2-2.yaml"
        // A literal date, an unknown value, a wrong-typed placeholder, an unknown term, an extra key, a missing key.
        try scratch.edit(path, replacing: "在{date:structure-deadline}前", with: "在2019年9月15日前")
        try scratch.edit(path, replacing: "{dateRange:marine-dates}", with: "{dateRange:marine-datez}")
        try scratch.edit(path, replacing: "{url:oecm-url}", with: "{symbol:oecm-url}")
        try scratch.edit(path, replacing: "{term:clearing-house}", with: "{term:clearing-hose}")
        try scratch.edit(path, replacing: "  introduction: 导言\n", with: "  introductoin: 导言\n")
        let text = try scratch.read(path)

        let result = try runHexaglot(["lint", "--root", scratch.root])
        XCTAssertEqual(result.status, 1, result.stderr)
        let findings = result.stdout.split(separator: "\n").map(String.init)
        func expect(_ line: Int, _ column: Int, _ fragment: String) {
            let location = "\(scratch.path(path)):\(line):\(column): error: "
            XCTAssertTrue(findings.contains { $0.hasPrefix(location) && $0.contains(fragment) },
                          "expected \(location)…\(fragment) in:\n\(result.stdout)")
        }
        let structureLine = try lineNumber(of: "在2019年9月15日前", in: text)
        let structureColumn = try column(of: "2019年9月15日", inLine: structureLine, of: text)
        expect(structureLine, structureColumn, "literal number '2019' in prose")
        expect(structureLine, structureColumn + 5, "literal number '9' in prose")
        expect(structureLine, structureColumn + 7, "literal number '15' in prose")
        let marineLine = try lineNumber(of: "{dateRange:marine-datez}", in: text)
        expect(marineLine, try column(of: "{dateRange:marine-datez}", inLine: marineLine, of: text), "unknown value 'marine-datez'")
        let oecmLine = try lineNumber(of: "{symbol:oecm-url}", in: text)
        expect(oecmLine, try column(of: "{symbol:oecm-url}", inLine: oecmLine, of: text), "cites a url value")
        let termLine = try lineNumber(of: "{term:clearing-hose}", in: text)
        expect(termLine, try column(of: "{term:clearing-hose}", inLine: termLine, of: text), "unknown term 'clearing-hose'")
        expect(try lineNumber(of: "introductoin:", in: text), 3, "extra key 'sections.introductoin'")
        expect(try lineNumber(of: "sections:", in: text), 1, "missing key 'sections.introduction'")
        XCTAssertEqual(findings.count, 8, result.stdout)
        XCTAssertTrue(result.stderr.contains("8 findings"), result.stderr)
    }

    func testALiteralURLInATermIsAFinding() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Locales/zh/terms.yaml", replacing: "secretariat: 秘书处", with: "secretariat: 秘书处（https://www.cbd.int）")
        let result = try runHexaglot(["lint", "--root", scratch.root])
        XCTAssertEqual(result.status, 1)
        let line = try lineNumber(of: "secretariat:", in: scratch.read("Locales/zh/terms.yaml"))
        XCTAssertTrue(result.stdout.contains("Locales/zh/terms.yaml:\(line):18: error: literal URL in prose"), result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, "one finding for one URL: \(result.stdout)")
    }

    /// The checker's and the readers' locale files are linted too: a broken one is not left out silently.
    func testABrokenFactsOrHeadingsFileIsAFinding() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Locales/ru/facts.yaml", replacing: "  conjunctions: [и]\n", with: "  conjunctions: [и]\n  weekdays: [понедельник]\n")
        try scratch.edit("Locales/fr/headings.yaml", replacing: "source: ", with: "sources: ")
        let result = try runHexaglot(["lint", "--root", scratch.root])
        XCTAssertEqual(result.status, 1, result.stderr)
        let facts = try lineNumber(of: "weekdays:", in: scratch.read("Locales/ru/facts.yaml"))
        XCTAssertTrue(result.stdout.contains("Locales/ru/facts.yaml:\(facts):3: error: "), result.stdout)
        XCTAssertTrue(result.stdout.contains("weekdays"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Locales/fr/headings.yaml:"), result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 2, result.stdout)
    }
}
