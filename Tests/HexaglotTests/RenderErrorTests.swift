import Foundation
import HexaglotTestSupport
import XCTest

/// Bad input gets one located, readable line on stderr and exit code 2;
/// never a crash, never output.
final class RenderErrorTests: XCTestCase {
    private func render(_ scratch: ScratchWorkspace) throws -> CommandResult {
        try runHexaglot(["render", scratch.noteModel, "--lang", "zh", "--format", "text"])
    }

    private func assertLocatedError(_ result: CommandResult, _ location: String, _ fragment: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, "exit code; stderr: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", "no partial output", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(location), "expected \(location) in: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), "expected '\(fragment)' in: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("Fatal error"), file: file, line: line)
    }

    func testMalformedModelYAML() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Documents/cbd-wg2020-2-2/note.yaml", replacing: "  item: 3\n", with: "  item: [3\n")
        assertLocatedError(try render(scratch), "Documents/cbd-wg2020-2-2/note.yaml:", "malformed YAML")
    }

    func testWrongShapeInModelNamesLineColumnAndExpectation() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Documents/cbd-wg2020-2-2/note.yaml", replacing: "structure-deadline: {date: 2019-09-15}",
                         with: "structure-deadline: {date: 2019-13-15}")
        let result = try render(scratch)
        let line = try lineNumber(of: "structure-deadline:", in: scratch.read("Documents/cbd-wg2020-2-2/note.yaml"))
        assertLocatedError(result, "note.yaml:\(line):30", "expected a date as YYYY-MM-DD or YYYY-MM, found '2019-13-15'")
    }

    func testUnknownPlaceholderKind() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "\"{url:post2020-url}。\"", with: "\"{link:post2020-url}。\"")
        let line = try lineNumber(of: "  webpage: ", in: scratch.read("Templates/zh/cbd-wg2020-2-2.yaml"))
        // The placeholder starts after `  webpage: "`: column 13.
        assertLocatedError(try render(scratch), "cbd-wg2020-2-2.yaml:\(line):13", "unknown placeholder kind 'link'")
    }

    func testPlaceholderOfTheWrongType() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "\"{url:post2020-url}。\"", with: "\"{date:post2020-url}。\"")
        assertLocatedError(try render(scratch), "cbd-wg2020-2-2.yaml:", "cites a url value; write {url:post2020-url}")
    }

    func testFootnoteCitedTwice() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "专页。{footnote:webpage}", with: "专页。{footnote:webpage}{footnote:webpage}")
        assertLocatedError(try render(scratch), "cbd-wg2020-2-2.yaml:", "footnote 'webpage' is cited twice in paragraphs.consultation-process")
    }

    func testFootnoteNeverCited() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "专页。{footnote:webpage}", with: "专页。")
        assertLocatedError(try render(scratch), "cbd-wg2020-2-2.yaml:", "paragraphs.consultation-process must cite footnote 'webpage'")
    }

    func testFootnoteDeclaredButAttachedNowhereInTheModel() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Documents/cbd-wg2020-2-2/note.yaml", replacing: "{id: bern-workshop}", with: "{id: bern-workshop}\n# end")
        try scratch.edit("Documents/cbd-wg2020-2-2/note.yaml", replacing: "  capacity, satoyama]", with: "  capacity, satoyama, orphan]")
        assertLocatedError(try render(scratch), "note.yaml:", "footnote 'orphan' is never cited")
    }

    func testParagraphMissingFromTheTemplate() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "  resources-sought: >-\n    除了这些规划的会议之外，正在积极寻求资源以召开生物多样性可持续利用以及获取和惠益分享问题会议。\n", with: "")
        assertLocatedError(try render(scratch), "Templates/zh/cbd-wg2020-2-2.yaml:\(try lineNumber(of: "paragraphs:", in: scratch.read("Templates/zh/cbd-wg2020-2-2.yaml"))):1", "missing key 'paragraphs.resources-sought' in the template")
    }

    func testUnknownLanguageAndFormatAreUsageErrors() throws {
        // The parser refuses a value outside the option's enum, and names the values there are.
        let lang = try runHexaglot(["render", Repo.noteModel, "--lang", "xx"])
        XCTAssertEqual(lang.status, 2)
        XCTAssertTrue(lang.stderr.contains("The value 'xx' is invalid for '--lang <lang>'"), lang.stderr)
        XCTAssertTrue(["ar", "zh", "en", "fr", "es", "ru", "all"].allSatisfy { lang.stderr.contains("  - \($0)\n") }, lang.stderr)
        let format = try runHexaglot(["render", Repo.noteModel, "--lang", "zh", "--format", "pdf"])
        XCTAssertEqual(format.status, 2)
        XCTAssertTrue(format.stderr.contains("The value 'pdf' is invalid for '--format <format>'"), format.stderr)
        XCTAssertTrue(format.stderr.contains("'text', 'markdown', 'html', 'docx' or 'xliff'"), format.stderr)
        let failOn = try runHexaglot(["check", "a.txt", "b.txt", "--fail-on", "fatal"])
        XCTAssertEqual(failOn.status, 2)
        XCTAssertTrue(failOn.stderr.contains("'note', 'warning' or 'error'"), failOn.stderr)
    }

    /// An error message longer than a pipe's buffer (it quotes a 100,000-character name) comes
    /// back whole: the helper reads standard output and standard error at the same time.
    func testAnErrorLongerThanThePipeBufferIsReadWhole() throws {
        let name = String(repeating: "x", count: 100_000) + ".txt"
        let result = try runHexaglot(["check", name, "b.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertGreaterThan(result.stderr.utf8.count, 100_000)
        XCTAssertTrue(result.stderr.contains(name), String(result.stderr.prefix(200)))
    }

    func testMissingModelFile() throws {
        let result = try runHexaglot(["render", "\(Repo.root)/Documents/nope/note.yaml", "--lang", "zh", "--root", Repo.root])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("Documents/nope/note.yaml: error: cannot read the file"), result.stderr)
    }

    func testOutputFileIsWrittenAndNeverTheInput() throws {
        let scratch = try ScratchWorkspace()
        let output = scratch.path("zh.txt")
        let ok = try runHexaglot(["render", scratch.noteModel, "--lang", "zh", "-o", output])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), try Repo.renderText("zh"))
        let before = try scratch.read("Documents/cbd-wg2020-2-2/note.yaml")
        let refused = try runHexaglot(["render", scratch.noteModel, "--lang", "zh", "-o", scratch.noteModel])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("refusing to write the output onto the input"), refused.stderr)
        XCTAssertEqual(try scratch.read("Documents/cbd-wg2020-2-2/note.yaml"), before)
    }

    func testFailedRenderLeavesNoOutputFile() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/zh/cbd-wg2020-2-2.yaml", replacing: "专页。{footnote:webpage}", with: "专页。")
        let output = scratch.path("zh.txt")
        let result = try runHexaglot(["render", scratch.noteModel, "--lang", "zh", "-o", output])
        XCTAssertEqual(result.status, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }
}
