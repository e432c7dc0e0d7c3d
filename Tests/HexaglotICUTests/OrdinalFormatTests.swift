import XCTest
@testable import HexaglotICU

final class OrdinalFormatTests: XCTestCase {
    /// 1, 2, 3, 11, 23, 24 (ICU 72.1; ru and ar have no suffix, only a period).
    let pinned: [String: [String]] = [
        "ar": ["١.", "٢.", "٣.", "١١.", "٢٣.", "٢٤."],
        "zh": ["第1", "第2", "第3", "第11", "第23", "第24"],
        "en": ["1st", "2nd", "3rd", "11th", "23rd", "24th"],
        "fr": ["1er", "2e", "3e", "11e", "23e", "24e"],
        "es": ["1.º", "2.º", "3.º", "11.º", "23.º", "24.º"],
        "ru": ["1.", "2.", "3.", "11.", "23.", "24."],
        "ar@numbers=latn": ["1.", "2.", "3.", "11.", "23.", "24."],
    ]

    func testPinnedOrdinals() throws {
        for (locale, expected) in pinned {
            let format = OrdinalFormat(locale: locale)
            XCTAssertEqual(try [1, 2, 3, 11, 23, 24].map(format.format), expected, locale)
        }
        XCTAssertEqual(try OrdinalFormat(locale: "en").format(112), "112th")
        XCTAssertEqual(try OrdinalFormat(locale: "en").format(1_000_001), "1,000,001st")
    }

    func testNegativeAndHuge() throws {
        XCTAssertEqual(try OrdinalFormat(locale: "en").format(-1), "\u{2212}1st")  // U+2212 MINUS SIGN
        XCTAssertFalse(try OrdinalFormat(locale: "en").format(Int.min).isEmpty)
        XCTAssertFalse(try OrdinalFormat(locale: "fr").format(Int.max).isEmpty)
    }
}
