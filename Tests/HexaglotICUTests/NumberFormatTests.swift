import XCTest
@testable import HexaglotICU

final class NumberFormatTests: XCTestCase {
    /// 7, 1234567, -42, 1234567 without grouping, 3.14159 (2 digits), 1234.5 (1 digit).
    let pinned: [String: [String]] = [
        "ar": ["٧", "١\u{66C}٢٣٤\u{66C}٥٦٧", "\u{61C}-٤٢", "١٢٣٤٥٦٧", "٣\u{66B}١٤", "١\u{66C}٢٣٤\u{66B}٥"],
        "zh": ["7", "1,234,567", "-42", "1234567", "3.14", "1,234.5"],
        "en": ["7", "1,234,567", "-42", "1234567", "3.14", "1,234.5"],
        "fr": ["7", "1\u{202F}234\u{202F}567", "-42", "1234567", "3,14", "1\u{202F}234,5"],
        "es": ["7", "1.234.567", "-42", "1234567", "3,14", "1.234,5"],
        "ru": ["7", "1\u{A0}234\u{A0}567", "-42", "1234567", "3,14", "1\u{A0}234,5"],
        "ar@numbers=latn": ["7", "1,234,567", "\u{200E}-42", "1234567", "3.14", "1,234.5"],
        "ar-SY": ["٧", "١\u{66C}٢٣٤\u{66C}٥٦٧", "\u{61C}-٤٢", "١٢٣٤٥٦٧", "٣\u{66B}١٤", "١\u{66C}٢٣٤\u{66B}٥"],
    ]

    func testPinnedNumbers() throws {
        XCTAssertEqual(Set(pinned.keys), Set(unLocales + ["ar@numbers=latn", "ar-SY"]))
        for (locale, expected) in pinned {
            let grouped = NumberFormat(locale: locale)
            let actual = [
                try grouped.format(7), try grouped.format(1_234_567), try grouped.format(-42),
                try NumberFormat(locale: locale, grouping: false).format(1_234_567),
                try grouped.format(3.14159, fractionDigits: 2), try grouped.format(1234.5, fractionDigits: 1),
            ]
            XCTAssertEqual(actual, expected, locale)
        }
    }

    func testExtremesDoNotCrash() throws {
        let en = NumberFormat(locale: "en")
        XCTAssertEqual(try en.format(Int.max), "9,223,372,036,854,775,807")
        XCTAssertEqual(try en.format(Int.min), "-9,223,372,036,854,775,808")
        XCTAssertEqual(try NumberFormat(locale: "ar").format(Int.min), "\u{61C}-٩\u{66C}٢٢٣\u{66C}٣٧٢\u{66C}٠٣٦\u{66C}٨٥٤\u{66C}٧٧٥\u{66C}٨٠٨")
        XCTAssertEqual(try en.format(.nan, fractionDigits: 2), "NaN")
        XCTAssertEqual(try en.format(-.infinity, fractionDigits: 0), "-∞")
        let huge = try en.format(1e300, fractionDigits: 2)  // longer than the first buffer
        XCTAssertEqual(huge.count, 301 + 100 + 3)              // digits, group separators, ".00"
        XCTAssertTrue(huge.hasPrefix("1,000,000,") && huge.hasSuffix(",000.00"), huge)
    }

    func testFractionDigits() throws {
        let en = NumberFormat(locale: "en")
        XCTAssertEqual(try en.format(2, fractionDigits: 2), "2.00")
        XCTAssertEqual(try en.format(0.125, fractionDigits: 2), "0.12")  // ICU default: half-even
        XCTAssertEqual(try en.format(2.5, fractionDigits: 0), "2")
        XCTAssertEqual(try en.format(3.5, fractionDigits: 0), "4")
        // ICU formats the shortest round-trip decimal of the double, then pads.
        XCTAssertEqual(try en.format(1.0 / 3.0, fractionDigits: 20), "0.33333333333333330000")
        // Integers are unaffected by an earlier call with fraction digits (distinct ICU objects).
        XCTAssertEqual(try en.format(7), "7")
        assertICUError(try en.format(1.5, fractionDigits: -1), operation: "unum_setAttribute", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try en.format(1.5, fractionDigits: 1000), operation: "unum_setAttribute", status: "U_ILLEGAL_ARGUMENT_ERROR")
    }

    func testInvalidLocale() {
        assertICUError(try NumberFormat(locale: "en@numbers=bogus").format(1), operation: "unum_open", status: "U_UNSUPPORTED_ERROR")
        assertICUError(try NumberFormat(locale: "xx").format(1), operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
    }
}
