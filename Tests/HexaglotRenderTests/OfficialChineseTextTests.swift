import Foundation
import HexaglotICU
import HexaglotTestSupport
import XCTest

/// The Chinese rendering must equal the official Chinese text of
/// CBD/WG2020/2/2 (Fixtures/cbd-wg2020-2-2.zh.official.txt) line for line,
/// after only these normalisations of both sides: `[bookmark: …]` removed,
/// Unicode NFKC, all whitespace removed within each line, empty lines dropped.
///
/// How the model treats the official text's slips:
/// - Colons: paragraph 8 ends with a full-width "：", paragraphs 9 and 11 with an
///   ASCII ":". The template writes "：" throughout (the Chinese norm); NFKC maps
///   "：" to ":", so both sides agree after normalisation. The rendering is uniform.
/// - Stray spaces ("， 2019年11月21日", "2020 年后", "（伯尔尼二)" vs "(伯尔尼二)"):
///   the templates do not reproduce them; whitespace removal and NFKC (which maps
///   full-width brackets to ASCII) absorb them.
/// - Footnote 1 cites CBD/WG2020/1/1 as the provisional agenda, as published; the
///   model keeps the symbol as published rather than correcting it silently.
final class OfficialChineseTextTests: XCTestCase {
    func testRenderingMatchesTheOfficialTextLineForLine() throws {
        let official = try String(contentsOfFile: Repo.fixture("cbd-wg2020-2-2.zh.official.txt"), encoding: .utf8)
        let rendered = try Repo.renderText("zh")
        let expected = try OfficialText.normalized(official)
        let actual = try OfficialText.normalized(rendered)
        XCTAssertEqual(expected.count, 39, "the official text has 39 non-empty lines")
        for (index, (want, got)) in zip(expected, actual).enumerated() where want != got {
            XCTFail("line \(index + 1) differs:\n official: \(want)\n rendered: \(got)")
        }
        XCTAssertEqual(actual.count, expected.count, "number of non-empty lines")
    }

    /// The normalisation itself is tested so that it cannot hide differences.
    func testNormalisationKeepsContentDifferences() throws {
        XCTAssertEqual(try OfficialText.normalized("（a） 甲，\u{3000}乙：[bookmark: _GoBack]丙\n\n 丁 "), ["(a)甲,乙:丙", "丁"])
        XCTAssertNotEqual(try OfficialText.normalized("2019年11月6日至8日"), try OfficialText.normalized("2019年11月6日至9日"))
    }
}
