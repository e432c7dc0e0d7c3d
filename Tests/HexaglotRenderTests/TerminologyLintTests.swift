import HexaglotRender
import HexaglotTestSupport
import XCTest

/// `hexaglot lint` on names: a term spelled out in a template, and an entry
/// that says nowhere where its wording comes from.
final class TerminologyLintTests: XCTestCase {
    func testATermSpelledOutInATemplateIsAFinding() throws {
        let scratch = try ScratchWorkspace()
        let path = "Templates/en/cbd-wg2020-2-2.yaml"
        try scratch.edit(path, replacing: "In decision {decision:d14-34}, the {term:cop} set out",
                         with: "In decision {decision:d14-34}, the Conference of the Parties set out")
        let findings = try TemplateLinter(workspace: scratch.workspace).lint().filter { $0.rule == .spelledOutTerm }
        let text = try scratch.read(path)
        let line = try lineNumber(of: "the Conference of the Parties set out", in: text)
        XCTAssertEqual(findings.map(\.location.line), [line], "\(findings)")
        XCTAssertEqual(findings.first?.location.column, try column(of: "Conference of the Parties", inLine: line, of: text))
        XCTAssertEqual(findings.first?.message, "'Conference of the Parties' spelled out in prose; write {term:cop}")
    }

    func testAChineseTermIsFoundWithoutSpaces() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "  introduction: 导言", with: "  introduction: 导言秘书处")
        let findings = try TemplateLinter(workspace: scratch.workspace).lint().filter { $0.rule == .spelledOutTerm }
        XCTAssertEqual(findings.map(\.message), ["'秘书处' spelled out in prose; write {term:secretariat}"])
    }

    func testAWordThatOnlyContainsATermIsNotAFinding() throws {
        let scratch = try ScratchWorkspace()
        // "Conventions" is not the term "Convention".
        try scratch.edit("Templates/en/cbd-wg2020-2-2.yaml", replacing: "submissions: Submissions", with: "submissions: Submissions to Conventions")
        XCTAssertEqual(try TemplateLinter(workspace: scratch.workspace).lint().filter { $0.rule == .spelledOutTerm }, [])
    }

    func testAnEntryWithoutASourceIsAFinding() throws {
        let scratch = try ScratchWorkspace()
        let path = "Locales/fr/organizations.yaml"
        try scratch.edit(path, replacing: "  source: UNTERM, unconfirmed in this process\nipbes-secretariat:", with: "ipbes-secretariat:")
        let findings = try TemplateLinter(workspace: scratch.workspace).lint()
        let line = try lineNumber(of: "african-union:", in: scratch.read(path))
        XCTAssertEqual(findings.map(\.rule), [.missingSource], "\(findings)")
        XCTAssertEqual(findings.first?.location.line, line)
        XCTAssertTrue(findings.first?.message.contains("'african-union' in organizations.yaml names no source") == true)
    }

    func testAFileSourceCoversItsEntries() throws {
        let scratch = try ScratchWorkspace()
        let path = "Locales/en/places.yaml"
        let text = try scratch.read(path)
        let sourceLine = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("source: ") })
        try scratch.edit(path, replacing: String(sourceLine) + "\n", with: "")
        let findings = try TemplateLinter(workspace: scratch.workspace).lint()
        XCTAssertEqual(Set(findings.map(\.rule)), [.missingSource])
        XCTAssertEqual(findings.count, try scratch.workspace.loadLanguage("en").terminology.places.count, "one finding per place")
    }
}
