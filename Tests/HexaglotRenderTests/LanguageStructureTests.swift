import HexaglotTestSupport
import HexaglotTree
import XCTest

/// Every language renders the same structure as the official Chinese text:
/// 6 sections, 11 paragraphs, sub-items in paragraphs 8, 9 and 11 only, and
/// 17 footnotes, each cited from the same node as in Chinese.
final class LanguageStructureTests: XCTestCase {
    static let languages = ["ar", "zh", "en", "fr", "es", "ru"]

    func testArabic() throws { try assertStructure("ar", direction: .rightToLeft, labels: ("أولاً -", "1 -", "(أ)")) }
    func testChinese() throws { try assertStructure("zh", direction: .leftToRight, labels: ("一.", "1.", "（a）")) }
    func testEnglish() throws { try assertStructure("en", direction: .leftToRight, labels: ("I.", "1.", "(a)")) }
    func testFrench() throws { try assertStructure("fr", direction: .leftToRight, labels: ("I.", "1.", "a)")) }
    func testSpanish() throws { try assertStructure("es", direction: .leftToRight, labels: ("I.", "1.", "a)")) }
    func testRussian() throws { try assertStructure("ru", direction: .leftToRight, labels: ("I.", "1.", "a)")) }

    private func assertStructure(_ language: String, direction: TextDirection, labels: (String, String, String),
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let document = try Repo.render(language)
        XCTAssertEqual(document.language, language, file: file, line: line)
        XCTAssertEqual(document.direction, direction, file: file, line: line)
        XCTAssertEqual(document.sections.count, 6, file: file, line: line)
        let paragraphs = document.sections.flatMap(\.paragraphs)
        XCTAssertEqual(paragraphs.map(\.value), Array(1...11), file: file, line: line)
        XCTAssertEqual(paragraphs.filter { !$0.subItems.isEmpty }.map(\.value), [8, 9, 11], file: file, line: line)
        XCTAssertEqual(paragraphs.map(\.subItems.count), [0, 0, 0, 0, 0, 0, 0, 7, 4, 0, 4], file: file, line: line)
        XCTAssertEqual(document.footnotes.map(\.number), Array(1...17), file: file, line: line)
        XCTAssertEqual(document.sections[0].label, labels.0, file: file, line: line)
        XCTAssertEqual(paragraphs[0].label, labels.1, file: file, line: line)
        XCTAssertEqual(paragraphs[7].subItems[0].label, labels.2, file: file, line: line)
        XCTAssertEqual(Self.citingNodes(document), Self.citingNodes(try Repo.render("zh")), "footnotes cited from the same nodes as in Chinese",
                       file: file, line: line)
    }

    /// Footnote number → the id of the node that cites it ("agendaItem" for the masthead).
    static func citingNodes(_ document: Document) -> [Int: String] {
        var result: [Int: String] = [:]
        for line in document.masthead { for ref in line.content.footnoteRefs { result[ref.number] = line.role.rawValue } }
        for section in document.sections {
            for p in section.paragraphs {
                for ref in p.content.footnoteRefs { result[ref.number] = p.id }
                for item in p.subItems { for ref in item.content.footnoteRefs { result[ref.number] = item.id } }
            }
        }
        return result
    }
}
