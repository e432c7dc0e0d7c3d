import XCTest
@testable import HexaglotICU

final class NumberParserTests: XCTestCase {
    private func value(_ locale: String, _ text: String, lenient: Bool = false) throws -> String? {
        try NumberParser(locale: locale, lenient: lenient).parse(text)?.value
    }

    /// Each locale's own decimal and grouping separators, to exact decimal strings.
    func testLocaleSeparators() throws {
        XCTAssertEqual(try value("fr", "0,7"), "0.7")
        XCTAssertEqual(try value("es", "0,7"), "0.7")
        XCTAssertEqual(try value("ru", "0,7"), "0.7")
        XCTAssertEqual(try value("en", "0.7"), "0.7")
        XCTAssertEqual(try value("fr", "100\u{202F}000"), "100000")   // CLDR fr: narrow no-break space
        XCTAssertEqual(try value("fr", "100\u{00A0}000"), "100000")
        XCTAssertEqual(try value("ru", "100\u{00A0}000"), "100000")   // CLDR ru: no-break space
        XCTAssertEqual(try value("ru", "100 000"), "100000")
        XCTAssertEqual(try value("es", "100.000"), "100000")
        XCTAssertEqual(try value("en", "1,000.5"), "1000.5")
        XCTAssertEqual(try value("ar", "٠٫٧"), "0.7")                 // Arabic-Indic digits, Arabic decimal separator
        XCTAssertEqual(try value("ar@numbers=latn", "0.7"), "0.7")
    }

    /// The same value whatever the trailing zeros; different values stay different.
    func testExactValues() throws {
        XCTAssertEqual(try value("en", "0.20"), "0.2")
        XCTAssertEqual(try value("en", "0.2"), "0.2")
        XCTAssertEqual(try value("fr", "0,07"), "0.07")
        XCTAssertNotEqual(try value("en", "0.7"), try value("fr", "0,07"))
        XCTAssertEqual(try value("en", "100000000000"), "100000000000")
        XCTAssertEqual(try value("en", "12345678901234567890.25"), "12345678901234567890.25")
        XCTAssertEqual(try value("en", "0.000"), "0")
    }

    /// How much of the text was read: the number, not the words after it; no exponent.
    func testLengthAndStop() throws {
        XCTAssertEqual(try NumberParser(locale: "fr").parse("0,7 %"), ParsedNumber(value: "0.7", length: 3))
        XCTAssertEqual(try NumberParser(locale: "en").parse("10-Year"), ParsedNumber(value: "10", length: 2))
        XCTAssertEqual(try NumberParser(locale: "en").parse("2019-2020"), ParsedNumber(value: "2019", length: 4))
        XCTAssertEqual(try NumberParser(locale: "en").parse("1e5")?.value, "1")
        XCTAssertNil(try NumberParser(locale: "en").parse("per cent"))
        XCTAssertNil(try NumberParser(locale: "en").parse(""))
    }

    /// Han digits by the hanidec numbering system: a year written digit by digit.
    func testHanDecimalDigits() throws {
        XCTAssertEqual(try value("zh@numbers=hanidec", "一九四二"), "1942")
        XCTAssertEqual(try value("zh@numbers=hanidec", "二〇三〇"), "2030")
    }

    func testUnknownLocaleThrows() {
        assertICUError(try NumberParser(locale: "xx-bogus").parse("1"), operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
    }

    func testCanonicalDecimal() {
        XCTAssertEqual(canonicalDecimal("1E+11"), "100000000000")
        XCTAssertEqual(canonicalDecimal("1.5E-3"), "0.0015")
        XCTAssertEqual(canonicalDecimal("-0"), "0")
        XCTAssertEqual(canonicalDecimal("007.500"), "7.5")
        XCTAssertNil(canonicalDecimal("NaN"))
        XCTAssertNil(canonicalDecimal("Infinity"))
    }

    func testCacheIsBounded() {
        XCTAssertEqual(ICUNumberParser.cache.limit, 64)
        XCTAssertEqual(ICUWordBreaker.cache.limit, 32)
    }
}

final class SpellOutParserTests: XCTestCase {
    private func value(_ locale: String, _ text: String) throws -> String? {
        try SpellOutParser(locale: locale).parse(text)?.value
    }

    /// Ten in every UN language, and Chinese numerals (ICU zh RBNF).
    func testCardinals() throws {
        XCTAssertEqual(try value("en", "ten"), "10")
        XCTAssertEqual(try value("en", "twenty-four"), "24")
        XCTAssertEqual(try value("fr", "dix"), "10")
        XCTAssertEqual(try value("fr", "soixante-dix"), "70")
        XCTAssertEqual(try value("es", "diez"), "10")
        XCTAssertEqual(try value("ru", "десять"), "10")
        XCTAssertEqual(try value("ru", "десяти"), "10")      // genitive: ICU has every case
        XCTAssertEqual(try value("ar", "عشرة"), "10")
        XCTAssertEqual(try value("zh", "一百一十"), "110")
        XCTAssertEqual(try value("zh", "二十四"), "24")
        XCTAssertEqual(try value("zh", "十"), "10")
        XCTAssertEqual(try value("zh", "一九四二"), "1942")    // digit by digit (ICU's numbering-year rules)
        XCTAssertEqual(try value("zh", "二〇三〇"), "2030")
    }

    /// Ordinals: ICU's spellout-ordinal rule sets parse too (Arabic headings "الفصل الأول").
    func testOrdinals() throws {
        XCTAssertEqual(try value("ar", "الأول"), "1")
        XCTAssertEqual(try value("ar", "الثاني"), "2")
        XCTAssertEqual(try value("ar", "الثانية"), "2")
        XCTAssertEqual(try value("ar", "الخامس عشر"), "15")
        XCTAssertEqual(try value("en", "second"), "2")
        XCTAssertEqual(try value("fr", "deuxième"), "2")
        XCTAssertEqual(try value("ru", "второй"), "2")
        XCTAssertEqual(try value("zh", "第二"), "2")
    }

    /// The longest match, and its length; words that are no number.
    func testLengthAndMisses() throws {
        XCTAssertEqual(try SpellOutParser(locale: "en").parse("ten per cent"), ParsedNumber(value: "10", length: 3))
        XCTAssertEqual(try SpellOutParser(locale: "zh").parse("一九四二年"), ParsedNumber(value: "1942", length: 4))
        XCTAssertNil(try value("en", "the"))
        XCTAssertNil(try value("en", "Ten"))                     // case-sensitive unless lenient
        XCTAssertEqual(try SpellOutParser(locale: "en", lenient: true).parse("Ten")?.value, "10")
        // ICU ar has no rule for the feminine-noun form "عشر" ("عشر سنوات"): not read.
        XCTAssertNil(try value("ar", "عشر"))
    }
}

final class WordBreaksTests: XCTestCase {
    /// Dictionary-based Chinese: "developing countries" holds no word "China".
    func testChineseDictionary() throws {
        XCTAssertEqual(try WordBreaks(locale: "zh").words(in: "发展中国家"), [0..<2, 2..<3, 3..<5])
        XCTAssertEqual(try WordBreaks(locale: "zh").words(in: "中国和巴西"), [0..<2, 2..<3, 3..<5])
    }

    func testBoundariesInScalars() throws {
        XCTAssertEqual(try WordBreaks(locale: "en").boundaries(in: "the 10-Year Framework"), [0, 3, 4, 6, 7, 11, 12, 21])
        XCTAssertEqual(try WordBreaks(locale: "en").words(in: "the 10-Year"), [0..<3, 4..<6, 7..<11])
        let (_, kinds) = try WordBreaks(locale: "en").segments(in: Array("a 10".unicodeScalars))
        XCTAssertEqual(kinds, [.none, .word, .none, .number])
        // Offsets count scalars, not UTF-16 units: 𝒜 is two units.
        XCTAssertEqual(try WordBreaks(locale: "en").boundaries(in: "𝒜 b"), [0, 1, 2, 3])
        XCTAssertEqual(try WordBreaks(locale: "ar").words(in: "والبرازيل وكندا"), [0..<9, 10..<15])
        XCTAssertEqual(try WordBreaks(locale: "en").boundaries(in: ""), [0])
    }

    func testLongText() throws {
        let text = String(repeating: "a b ", count: 1000)
        XCTAssertEqual(try WordBreaks(locale: "en").boundaries(in: text).count, 4001)
    }
}
