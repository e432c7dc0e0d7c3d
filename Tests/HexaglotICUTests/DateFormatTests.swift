import XCTest
@testable import HexaglotICU
import HexaglotTree

final class DateFormatTests: XCTestCase {
    /// 2020-02-24 with skeletons yMMMMd, yMMMd, yMMMM and LLLL (ICU 72.1).
    let pinned: [String: [String]] = [
        "ar": ["٢٤ فبراير ٢٠٢٠", "٢٤ فبراير ٢٠٢٠", "فبراير ٢٠٢٠", "فبراير"],
        "zh": ["2020年2月24日", "2020年2月24日", "2020年2月", "二月"],
        "en": ["February 24, 2020", "Feb 24, 2020", "February 2020", "February"],
        "fr": ["24 février 2020", "24 févr. 2020", "février 2020", "février"],
        "es": ["24 de febrero de 2020", "24 feb 2020", "febrero de 2020", "febrero"],
        "ru": ["24 февраля 2020\u{202F}г.", "24 февр. 2020\u{202F}г.", "февраль 2020\u{202F}г.", "февраль"],
        "ar@numbers=latn": ["24 فبراير 2020", "24 فبراير 2020", "فبراير 2020", "فبراير"],
        "ar-SY": ["٢٤ شباط ٢٠٢٠", "٢٤ شباط ٢٠٢٠", "شباط ٢٠٢٠", "شباط"],
    ]

    func testSingleDatesInAllLocales() throws {
        XCTAssertEqual(Set(pinned.keys), Set(unLocales + ["ar@numbers=latn", "ar-SY"]))
        for (locale, expected) in pinned {
            let actual = try ["yMMMMd", "yMMMd", "yMMMM", "LLLL"].map {
                try DateFormat.skeleton($0, locale: locale).format(day("2020-02-24"))
            }
            XCTAssertEqual(actual, expected, locale)
        }
    }

    func testExplicitPatterns() throws {
        XCTAssertEqual(try DateFormat.pattern("d MMMM y 'года'", locale: "ru").format(day("2020-02-24")),
                       "24 февраля 2020 года")
        XCTAssertEqual(try DateFormat.pattern("d MMMM y", locale: "ar-SY@numbers=latn").format(day("2020-02-24")),
                       "24 شباط 2020")
        XCTAssertEqual(try DateFormat.pattern("EEEE d MMMM y", locale: "fr").format(day("2020-02-24")),
                       "lundi 24 février 2020")
        // A literal longer than the first output buffer: preflight, no truncation.
        let long = String(repeating: "долгий текст ", count: 40)
        XCTAssertEqual(try DateFormat.pattern("'\(long)'y", locale: "ru").format(day("2020-02-24")), long + "2020")
    }

    /// Month names for the Arabic UN style: "ar-SY" gives the Levantine
    /// (Syriac) names, "ar" the Egyptian/Gulf transliterations.
    func testArabicMonthNames() throws {
        let levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
                         "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
        let standard = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
        for month in 1...12 {
            let date = CivilDate(year: 2020, month: month, day: 1)!
            XCTAssertEqual(try DateFormat.pattern("LLLL", locale: "ar-SY").format(date), levantine[month - 1])
            XCTAssertEqual(try DateFormat.pattern("LLLL", locale: "ar").format(date), standard[month - 1])
            XCTAssertEqual(try DateFormat.pattern("LLLL", locale: "ar@numbers=latn").format(date), standard[month - 1])
        }
    }

    /// Always UTC, always proleptic Gregorian, whatever the process TZ is.
    func testUTCAndProlepticGregorian() throws {
        let en = { (pattern: String) in DateFormat.pattern(pattern, locale: "en") }
        XCTAssertEqual(try en("y-MM-dd HH:mm:ss.SSS").format(day("2020-02-24")), "2020-02-24 00:00:00.000")
        XCTAssertEqual(try en("y-MM-dd HH:mm VV").format(day("2020-02-24")), "2020-02-24 00:00 UTC")
        XCTAssertEqual(try en("zzzz").format(day("2020-02-24")), "Coordinated Universal Time")
        XCTAssertEqual(try en("EEEE y-MM-dd G").format(day("2020-02-24")), "Monday 2020-02-24 AD")
        XCTAssertEqual(try en("EEEE y-MM-dd G").format(day("1000-01-01")), "Wednesday 1000-01-01 AD")
        XCTAssertEqual(try en("EEEE y-MM-dd G").format(day("0001-01-01")), "Monday 1-01-01 AD")
        XCTAssertEqual(try en("EEEE y-MM-dd G").format(day("9999-12-31")), "Friday 9999-12-31 AD")
        XCTAssertEqual(try en("y-MM-dd").format(day("1582-10-10")), "1582-10-10")  // a "missing" Julian day
        // Gregorian even where the locale's default calendar is not.
        XCTAssertEqual(try DateFormat.skeleton("yMMMMd", locale: "ar-SA").format(day("2020-02-24")), "٢٤ فبراير ٢٠٢٠")
        XCTAssertEqual(try DateFormat.skeleton("yMMMMd", locale: "th").format(day("2020-02-24")), "24 กุมภาพันธ์ 2020")
    }

    func testInvalidSkeletonsAndPatterns() {
        let date = day("2020-02-24")
        assertICUError(try DateFormat.skeleton("{", locale: "en").format(date),
                       operation: "udatpg_getBestPattern", status: "U_INVALID_FORMAT_ERROR")
        assertICUError(try DateFormat.skeleton("yMMMMd'", locale: "en").format(date),
                       operation: "udatpg_getBestPattern", status: "U_INVALID_FORMAT_ERROR")
        assertICUError(try DateFormat.skeleton("", locale: "en").format(date),
                       operation: "udatpg_getBestPattern", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try DateFormat.pattern("d MMMM y j", locale: "en").format(date),
                       operation: "udat_open", status: "U_INVALID_FORMAT_ERROR")
        assertICUError(try DateFormat.pattern("d MMMM 'y", locale: "en").format(date),
                       operation: "udat_open", status: "U_INVALID_FORMAT_ERROR")
        XCTAssertEqual(try DateFormat.pattern("d MMMM y 'j' ''", locale: "en").format(date), "24 February 2020 j '")
    }

    func testInvalidLocales() {
        let date = day("2020-02-24")
        // ICU itself rejects these.
        assertICUError(try DateFormat.skeleton("yMMMMd", locale: "en@numbers=bogus").format(date),
                       operation: "udatpg_getBestPattern", status: "U_UNSUPPORTED_ERROR")
        assertICUError(try DateFormat.skeleton("yMMMMd", locale: "en_US@calendar=").format(date),
                       operation: "udatpg_getBestPattern", status: "U_INVALID_FORMAT_ERROR")
        // ICU would silently use the process default locale (LANG) for these.
        assertICUError(try DateFormat.skeleton("yMMMMd", locale: "xx").format(date),
                       operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
        assertICUError(try DateFormat.skeleton("yMMMMd", locale: "!!!").format(date),
                       operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
        assertICUError(try DateFormat.skeleton("yMMMMd", locale: String(repeating: "x", count: 200)).format(date),
                       operation: "ures_open", status: "U_ILLEGAL_ARGUMENT_ERROR")
        // Root is a real locale, and a region ICU lacks falls back to the language.
        XCTAssertEqual(try DateFormat.skeleton("yMMMMd", locale: "root").format(date), "2020 M02 24")
        XCTAssertEqual(try DateFormat.skeleton("yMMMMd", locale: "fr-XX").format(date), "24 février 2020")
    }
}
