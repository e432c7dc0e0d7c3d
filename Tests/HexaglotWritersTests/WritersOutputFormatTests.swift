import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

final class WritersOutputFormatTests: XCTestCase {
    func testEveryFormatHasItsExtensionAndWriter() throws {
        XCTAssertEqual(DocumentFormat.allCases.map(\.rawValue), ["text", "markdown", "html", "docx", "xliff"])
        XCTAssertEqual(DocumentFormat.allCases.map(\.fileExtension), ["txt", "md", "html", "docx", "xlf"])
        XCTAssertTrue(DocumentFormat.markdown.writer is MarkdownWriter)
        XCTAssertTrue(DocumentFormat.html.writer is HTMLWriter)
        XCTAssertTrue(DocumentFormat.docx.writer is DOCXWriter)
        XCTAssertTrue(DocumentFormat.xliff.writer is XLIFFWriter)
        let docx = try DocumentFormat.docx.writer.write(WriterFixtures.english)
        XCTAssertEqual(Array(docx.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP archive")
    }
}
