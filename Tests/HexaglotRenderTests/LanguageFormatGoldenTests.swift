import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// Markdown, HTML and DOCX renderings of each language against golden files
/// (Tests/HexaglotTests/Goldens/<lang>/); DOCX as the XML of its document and
/// footnotes parts, so that a change is reviewable as a diff. Regenerate with
/// HEXAGLOT_RECORD=1.
final class LanguageFormatGoldenTests: XCTestCase {
    func testArabic() throws { try assertGoldens("ar") }
    func testChinese() throws { try assertGoldens("zh") }
    func testEnglish() throws { try assertGoldens("en") }
    func testFrench() throws { try assertGoldens("fr") }
    func testSpanish() throws { try assertGoldens("es") }
    func testRussian() throws { try assertGoldens("ru") }

    private func assertGoldens(_ language: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let document = try Repo.render(language)
        let base = "\(language)/cbd-wg2020-2-2.\(language)"
        try Golden.assertMatches(String(decoding: try DocumentFormat.markdown.writer.write(document), as: UTF8.self),
                                 golden: "\(base).md", file: file, line: line)
        try Golden.assertMatches(String(decoding: try DocumentFormat.html.writer.write(document), as: UTF8.self),
                                 golden: "\(base).html", file: file, line: line)
        let docx = try DOCXPackage(try DocumentFormat.docx.writer.write(document))
        let parts = try ["word/document.xml", "word/footnotes.xml"].map { "<!-- \($0) -->\n" + (try docx.text($0)) }
        try Golden.assertMatches(parts.joined(separator: "\n") + "\n", golden: "\(base).docx.xml", file: file, line: line)
    }
}
