import XCTest
@testable import HexaglotICU

final class DateIntervalFormatTests: XCTestCase {
    /// Within one month, across months, across years, a single day.
    let ranges = [("2020-02-24", "2020-02-29"), ("2019-11-30", "2019-12-03"),
                  ("2019-12-30", "2020-01-02"), ("2020-02-24", "2020-02-24")]

    let yMMMMd: [String: [String]] = [
        "ar": ["٢٤\u{2013}٢٩ فبراير، ٢٠٢٠", "٣٠ نوفمبر \u{2013} ٣ ديسمبر، ٢٠١٩",
               "٣٠ ديسمبر، ٢٠١٩ \u{2013} ٢ يناير، ٢٠٢٠", "٢٤ فبراير ٢٠٢٠"],
        "zh": ["2020年2月24日至29日", "2019年11月30日至12月3日", "2019年12月30日至2020年1月2日", "2020年2月24日"],
        "en": ["February 24\u{2009}\u{2013}\u{2009}29, 2020", "November 30\u{2009}\u{2013}\u{2009}December 3, 2019",
               "December 30, 2019\u{2009}\u{2013}\u{2009}January 2, 2020", "February 24, 2020"],
        "fr": ["24\u{2013}29 février 2020", "30 novembre\u{2009}\u{2013}\u{2009}3 décembre 2019",
               "30 décembre 2019\u{2009}\u{2013}\u{2009}2 janvier 2020", "24 février 2020"],
        "es": ["24\u{2013}29 de febrero de 2020", "30 de noviembre\u{2009}\u{2013}\u{2009}3 de diciembre de 2019",
               "30 de diciembre de 2019\u{2009}\u{2013}\u{2009}2 de enero de 2020", "24 de febrero de 2020"],
        "ru": ["24\u{2013}29 февраля 2020\u{202F}г.", "30 ноября \u{2013} 3 декабря 2019\u{202F}г.",
               "30 декабря 2019\u{202F}г. \u{2013} 2 января 2020\u{202F}г.", "24 февраля 2020\u{202F}г."],
        "ar@numbers=latn": ["24\u{2013}29 فبراير، 2020", "30 نوفمبر \u{2013} 3 ديسمبر، 2019",
                            "30 ديسمبر، 2019 \u{2013} 2 يناير، 2020", "24 فبراير 2020"],
        "ar-SY": ["٢٤\u{2013}٢٩ شباط، ٢٠٢٠", "٣٠ تشرين الثاني \u{2013} ٣ كانون الأول، ٢٠١٩",
                  "٣٠ كانون الأول، ٢٠١٩ \u{2013} ٢ كانون الثاني، ٢٠٢٠", "٢٤ شباط ٢٠٢٠"],
    ]

    let yMMMd: [String: [String]] = [
        "ar": ["٢٤\u{2013}٢٩ فبراير، ٢٠٢٠", "٣٠ نوفمبر \u{2013} ٣ ديسمبر، ٢٠١٩",
               "٣٠ ديسمبر، ٢٠١٩ \u{2013} ٢ يناير، ٢٠٢٠", "٢٤ فبراير ٢٠٢٠"],
        "zh": ["2020年2月24日至29日", "2019年11月30日至12月3日", "2019年12月30日至2020年1月2日", "2020年2月24日"],
        "en": ["Feb 24\u{2009}\u{2013}\u{2009}29, 2020", "Nov 30\u{2009}\u{2013}\u{2009}Dec 3, 2019",
               "Dec 30, 2019\u{2009}\u{2013}\u{2009}Jan 2, 2020", "Feb 24, 2020"],
        "fr": ["24\u{2013}29 févr. 2020", "30 nov.\u{2009}\u{2013}\u{2009}3 déc. 2019",
               "30 déc. 2019\u{2009}\u{2013}\u{2009}2 janv. 2020", "24 févr. 2020"],
        "es": ["24\u{2013}29 feb 2020", "30 nov\u{2009}\u{2013}\u{2009}3 dic 2019",
               "30 dic 2019\u{2009}\u{2013}\u{2009}2 ene 2020", "24 feb 2020"],
        "ru": ["24\u{2013}29 февр. 2020\u{202F}г.", "30 нояб. \u{2013} 3 дек. 2019\u{202F}г.",
               "30 дек. 2019\u{202F}г. \u{2013} 2 янв. 2020\u{202F}г.", "24 февр. 2020\u{202F}г."],
        "ar@numbers=latn": ["24\u{2013}29 فبراير، 2020", "30 نوفمبر \u{2013} 3 ديسمبر، 2019",
                            "30 ديسمبر، 2019 \u{2013} 2 يناير، 2020", "24 فبراير 2020"],
        "ar-SY": ["٢٤\u{2013}٢٩ شباط، ٢٠٢٠", "٣٠ تشرين الثاني \u{2013} ٣ كانون الأول، ٢٠١٩",
                  "٣٠ كانون الأول، ٢٠١٩ \u{2013} ٢ كانون الثاني، ٢٠٢٠", "٢٤ شباط ٢٠٢٠"],
    ]

    /// yMMMM: 2019-11 to 2020-02 (across years), 2020-01 to 2020-02 (one year).
    let yMMMM: [String: [String]] = [
        "ar": ["نوفمبر، ٢٠١٩ \u{2013} فبراير، ٢٠٢٠", "يناير \u{2013} فبراير، ٢٠٢٠"],
        "zh": ["2019年11月至2020年2月", "2020年1月至2月"],
        "en": ["November 2019\u{2009}\u{2013}\u{2009}February 2020", "January\u{2009}\u{2013}\u{2009}February 2020"],
        "fr": ["novembre 2019\u{2009}\u{2013}\u{2009}février 2020", "janvier\u{2009}\u{2013}\u{2009}février 2020"],
        "es": ["noviembre de 2019\u{2009}\u{2013}\u{2009}febrero de 2020", "enero\u{2013}febrero de 2020"],
        "ru": ["ноябрь 2019\u{202F}г. \u{2013} февраль 2020\u{202F}г.", "январь \u{2013} февраль 2020\u{202F}г."],
        "ar@numbers=latn": ["نوفمبر، 2019 \u{2013} فبراير، 2020", "يناير \u{2013} فبراير، 2020"],
        "ar-SY": ["تشرين الثاني، ٢٠١٩ \u{2013} شباط، ٢٠٢٠", "كانون الثاني \u{2013} شباط، ٢٠٢٠"],
    ]

    func testDayRanges() throws {
        for (skeleton, table) in [("yMMMMd", yMMMMd), ("yMMMd", yMMMd)] {
            XCTAssertEqual(Set(table.keys), Set(unLocales + ["ar@numbers=latn", "ar-SY"]))
            for (locale, expected) in table {
                let format = DateIntervalFormat(skeleton: skeleton, locale: locale)
                let actual = try ranges.map { try format.format(from: day($0.0), to: day($0.1)) }
                XCTAssertEqual(actual, expected, "\(skeleton) \(locale)")
            }
        }
    }

    func testMonthRanges() throws {
        for (locale, expected) in yMMMM {
            let format = DateIntervalFormat(skeleton: "yMMMM", locale: locale)
            XCTAssertEqual(try format.format(from: day("2019-11-01"), to: day("2020-02-01")), expected[0], locale)
            XCTAssertEqual(try format.format(from: day("2020-01-01"), to: day("2020-02-01")), expected[1], locale)
        }
    }

    /// A one-day range is the plain date (same text as DateFormat).
    func testSingleDayMatchesDateFormat() throws {
        for locale in unLocales {
            XCTAssertEqual(
                try DateIntervalFormat(skeleton: "yMMMMd", locale: locale).format(from: day("2020-02-24"), to: day("2020-02-24")),
                try DateFormat.skeleton("yMMMMd", locale: locale).format(day("2020-02-24")), locale)
        }
    }

    func testErrors() {
        let en = DateIntervalFormat(skeleton: "yMMMMd", locale: "en")
        assertICUError(try en.format(from: day("2020-02-29"), to: day("2020-02-24")),
                       operation: "udtitvfmt_format", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try en.format(from: day("1500-03-01"), to: day("1500-03-05")),  // would be Julian
                       operation: "udtitvfmt_format", status: "U_UNSUPPORTED_ERROR")
        XCTAssertEqual(try en.format(from: day("1582-10-15"), to: day("1582-10-16")),
                       "October 15\u{2009}\u{2013}\u{2009}16, 1582")
        assertICUError(try DateIntervalFormat(skeleton: "{", locale: "en").format(from: day("2020-02-24"), to: day("2020-02-29")),
                       operation: "udtitvfmt_open", status: "U_INVALID_FORMAT_ERROR")
        assertICUError(try DateIntervalFormat(skeleton: "yMMMMd", locale: "en@numbers=bogus").format(from: day("2020-02-24"), to: day("2020-02-29")),
                       operation: "udtitvfmt_open", status: "U_UNSUPPORTED_ERROR")
        assertICUError(try DateIntervalFormat(skeleton: "yMMMMd", locale: "xx").format(from: day("2020-02-24"), to: day("2020-02-29")),
                       operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
    }
}
