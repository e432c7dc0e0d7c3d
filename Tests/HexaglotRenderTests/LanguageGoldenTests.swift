import HexaglotTestSupport
import HexaglotWriters
import XCTest

/// The text rendering of each language, compared with its golden file
/// (Tests/HexaglotTests/Goldens/<lang>/); regenerate with HEXAGLOT_RECORD=1.
final class LanguageGoldenTests: XCTestCase {
    func testArabicText() throws { try assertGolden("ar") }
    func testChineseText() throws { try assertGolden("zh") }
    func testEnglishText() throws { try assertGolden("en") }
    func testFrenchText() throws { try assertGolden("fr") }
    func testSpanishText() throws { try assertGolden("es") }
    func testRussianText() throws { try assertGolden("ru") }

    private func assertGolden(_ language: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try Golden.assertMatches(try Repo.renderText(language), golden: "\(language)/cbd-wg2020-2-2.\(language).txt", file: file, line: line)
    }
}
