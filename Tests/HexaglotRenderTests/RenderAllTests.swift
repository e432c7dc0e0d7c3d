import Foundation
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// `render --lang all` writes one file per language and format, byte-identical
/// from run to run and under another time zone and locale, and touches no other file.
final class RenderAllTests: XCTestCase {
    func testAllLanguagesInEveryFormatAreDeterministicAndLeaveOtherFilesAlone() throws {
        let scratch = try ScratchWorkspace()
        let first = scratch.path("out1"), second = scratch.path("out2")
        try FileManager.default.createDirectory(atPath: first, withIntermediateDirectories: true)
        try "keep me".write(toFile: "\(first)/notes.txt", atomically: true, encoding: .utf8)
        var elsewhere = ProcessInfo.processInfo.environment
        elsewhere["TZ"] = "Asia/Kathmandu"
        elsewhere["LANG"] = "ar_EG.UTF-8"
        elsewhere["LC_ALL"] = "ar_EG.UTF-8"
        for format in ["text", "markdown", "html", "docx"] {
            let a = try runHexaglot(["render", scratch.noteModel, "--lang", "all", "--format", format, "-o", first])
            XCTAssertEqual(a.status, 0, a.stderr)
            let b = try runHexaglot(["render", scratch.noteModel, "--lang", "all", "--format", format, "-o", second], environment: elsewhere)
            XCTAssertEqual(b.status, 0, b.stderr)
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: second).sorted()
        XCTAssertEqual(written.count, 24)
        for language in ["ar", "en", "es", "fr", "ru", "zh"] {
            for ext in ["txt", "md", "html", "docx"] {
                XCTAssertTrue(written.contains("cbd-wg2020-2-2.\(language).\(ext)"), "\(language).\(ext)")
            }
        }
        for name in written {
            XCTAssertEqual(FileManager.default.contents(atPath: "\(first)/\(name)"), FileManager.default.contents(atPath: "\(second)/\(name)"),
                           "\(name) differs between runs")
        }
        XCTAssertEqual(try String(contentsOfFile: "\(first)/notes.txt", encoding: .utf8), "keep me")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: first).count, 25)
    }

    func testLangAllWithoutAnOutputFolderIsAUsageError() throws {
        let result = try runHexaglot(["render", Repo.noteModel, "--lang", "all"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("give the output folder with -o"), result.stderr)
    }

    /// The Arabic HTML and DOCX read right to left, with symbols and URLs kept left to right.
    func testArabicHTMLAndDOCXAreRightToLeft() throws {
        let document = try Repo.render("ar")
        let html = String(decoding: try DocumentFormat.html.writer.write(document), as: UTF8.self)
        XCTAssertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        XCTAssertTrue(html.contains("dir=\"ltr\""))
        XCTAssertTrue(html.range(of: #"<[^>]*dir="ltr"[^>]*>CBD/WG2020/1/5<"#, options: .regularExpression) != nil
                      || html.range(of: #"dir="ltr"[^>]*>[^<]*CBD/WG2020/1/5"#, options: .regularExpression) != nil, "symbol kept ltr")
        let docx = try DOCXPackage(try DocumentFormat.docx.writer.write(document))
        let body = try docx.text("word/document.xml")
        XCTAssertTrue(body.contains("<w:bidi/>"))
        XCTAssertTrue(body.contains("<w:rtl/>"))
        let footnotes = try docx.text("word/footnotes.xml")
        let urlRun = try XCTUnwrap(footnotes.range(of: #"<w:r>(?:(?!</w:r>).)*https://www\.cbd\.int/conferences/post2020(?:(?!</w:r>).)*</w:r>"#,
                                                   options: .regularExpression))
        XCTAssertFalse(footnotes[urlRun].contains("<w:rtl/>"), "the URL's run is not right to left")
    }
}

