import HexaglotWriters
import XCTest

final class WritersOutputFormatTests: XCTestCase {
    func testEveryFormatHasItsExtensionAndWriter() throws {
        XCTAssertEqual(OutputFormat.allCases.map(\.rawValue), ["text", "markdown", "html", "docx"])
        XCTAssertEqual(OutputFormat.allCases.map(\.fileExtension), ["txt", "md", "html", "docx"])
        XCTAssertTrue(OutputFormat.markdown.writer is MarkdownWriter)
        XCTAssertTrue(OutputFormat.html.writer is HTMLWriter)
        XCTAssertTrue(OutputFormat.docx.writer is DOCXWriter)
        let docx = try OutputFormat.docx.writer.write(WriterFixtures.english)
        XCTAssertEqual(Array(docx.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP archive")
    }
}
