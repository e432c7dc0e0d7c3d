import XCTest
@testable import HexaglotICU

final class SpellOutFormatTests: XCTestCase {
    func testRuleSetNames() throws {
        XCTAssertEqual(try SpellOutFormat.ruleSets(locale: "ar"), [
            "%spellout-numbering-year", "%spellout-numbering", "%spellout-cardinal-feminine",
            "%spellout-cardinal-masculine", "%spellout-ordinal-feminine", "%spellout-ordinal-masculine"])
        XCTAssertEqual(try SpellOutFormat.ruleSets(locale: "zh"), [
            "%spellout-numbering-year", "%spellout-numbering-days", "%spellout-numbering",
            "%spellout-cardinal-financial", "%spellout-cardinal", "%spellout-cardinal-alternate2", "%spellout-ordinal"])
        XCTAssertEqual(try SpellOutFormat.ruleSets(locale: "en"), [
            "%spellout-numbering-year", "%spellout-numbering", "%spellout-numbering-verbose",
            "%spellout-cardinal", "%spellout-cardinal-verbose", "%spellout-ordinal", "%spellout-ordinal-verbose"])
        XCTAssertEqual(try SpellOutFormat.ruleSets(locale: "fr"), [
            "%spellout-numbering-year", "%spellout-numbering", "%spellout-cardinal-masculine",
            "%spellout-cardinal-feminine", "%spellout-ordinal-masculine-plural", "%spellout-ordinal-masculine",
            "%spellout-ordinal-feminine-plural", "%spellout-ordinal-feminine"])
        XCTAssertEqual(try SpellOutFormat.ruleSets(locale: "es"), [
            "%spellout-numbering-year", "%spellout-numbering", "%spellout-cardinal-masculine",
            "%spellout-cardinal-feminine", "%spellout-ordinal-masculine-adjective", "%spellout-ordinal-masculine-plural",
            "%spellout-ordinal-masculine", "%spellout-ordinal-feminine-plural", "%spellout-ordinal-feminine"])
        // Russian has every gender × case: 2 numbering + 24 cardinal + 24 ordinal.
        let ru = try SpellOutFormat.ruleSets(locale: "ru")
        XCTAssertEqual(ru.count, 50)
        XCTAssertEqual(Array(ru.prefix(6)), [
            "%spellout-numbering-year", "%spellout-numbering", "%spellout-cardinal-masculine",
            "%spellout-cardinal-neuter", "%spellout-cardinal-feminine", "%spellout-cardinal-plural"])
        XCTAssertTrue(ru.contains("%spellout-ordinal-feminine-genitive"))
        XCTAssertEqual(try SpellOutFormat.ruleSets(locale: "ar-SY"), try SpellOutFormat.ruleSets(locale: "ar"))
    }

    /// 2, 11, 23, 24 with the default rule set and the gender/ordinal sets.
    let pinned: [(String, String?, [String])] = [
        ("ar", nil, ["إثنان", "إحدى عشر", "ثلاثة وعشرون", "أربعة وعشرون"]),
        ("ar", "%spellout-cardinal-feminine", ["إثنتان", "إحدى عشر", "ثلاثة وعشرون", "أربعة وعشرون"]),
        ("ar", "%spellout-ordinal-feminine", ["الثانية", "الحادية عشرة", "الثالثة والعشرون", "الرابعة والعشرون"]),
        ("ar", "%spellout-ordinal-masculine", ["الثاني", "الحادي عشر", "الثالث والعشرون", "الرابع والعشرون"]),
        ("zh", nil, ["二", "十一", "二十三", "二十四"]),
        ("zh", "%spellout-numbering-days", ["初二", "十一", "廿三", "廿四"]),
        ("zh", "%spellout-cardinal-financial", ["贰", "拾壹", "贰拾叁", "贰拾肆"]),
        ("zh", "%spellout-cardinal-alternate2", ["两", "十一", "二十三", "二十四"]),
        ("zh", "%spellout-ordinal", ["第二", "第十一", "第二十三", "第二十四"]),
        ("en", nil, ["two", "eleven", "twenty-three", "twenty-four"]),
        ("en", "%spellout-cardinal", ["two", "eleven", "twenty-three", "twenty-four"]),
        ("en", "%spellout-ordinal", ["second", "eleventh", "twenty-third", "twenty-fourth"]),
        ("fr", nil, ["deux", "onze", "vingt-trois", "vingt-quatre"]),
        ("fr", "%spellout-ordinal-masculine", ["deuxième", "onzième", "vingt-troisième", "vingt-quatrième"]),
        ("fr", "%spellout-ordinal-feminine", ["deuxième", "onzième", "vingt-troisième", "vingt-quatrième"]),
        ("fr", "%spellout-ordinal-feminine-plural", ["deuxièmes", "onzièmes", "vingt-troisièmes", "vingt-quatrièmes"]),
        ("es", nil, ["dos", "once", "veintitrés", "veinticuatro"]),
        ("es", "%spellout-ordinal-masculine", ["segundo", "decimoprimero", "vigésimo tercero", "vigésimo cuarto"]),
        ("es", "%spellout-ordinal-feminine", ["segunda", "decimoprimera", "vigésima tercera", "vigésima cuarta"]),
        ("es", "%spellout-ordinal-masculine-adjective", ["segundo", "undécimo", "vigésimo tercer", "vigésimo cuarto"]),
        ("ru", nil, ["два", "одиннадцать", "двадцать три", "двадцать четыре"]),
        ("ru", "%spellout-cardinal-feminine", ["две", "одиннадцать", "двадцать три", "двадцать четыре"]),
        ("ru", "%spellout-ordinal-masculine", ["второй", "одиннадцатый", "двадцать третий", "двадцать четвертый"]),
        ("ru", "%spellout-ordinal-feminine", ["вторая", "одиннадцатая", "двадцать третья", "двадцать четвертая"]),
        ("ru", "%spellout-ordinal-neuter", ["второе", "одиннадцатое", "двадцать третье", "двадцать четвертое"]),
        ("ru", "%spellout-ordinal-feminine-genitive", ["второй", "одиннадцатой", "двадцать третьей", "двадцать четвертой"]),
        ("ru", "%spellout-numbering-year", ["второго", "одиннадцатого", "двадцать третьего", "двадцать четвертого"]),
    ]

    func testPinnedSpellOut() throws {
        for (locale, ruleSet, expected) in pinned {
            let format = SpellOutFormat(locale: locale, ruleSet: ruleSet)
            XCTAssertEqual(try [2, 11, 23, 24].map(format.format), expected, "\(locale) \(ruleSet ?? "default")")
        }
        // The default rule set is %spellout-numbering in all six languages.
        for locale in unLocales {
            XCTAssertEqual(try SpellOutFormat(locale: locale).format(23),
                           try SpellOutFormat(locale: locale, ruleSet: "%spellout-numbering").format(23), locale)
        }
    }

    func testNegativeAndHuge() throws {
        XCTAssertEqual(try SpellOutFormat(locale: "en").format(-42), "minus forty-two")
        XCTAssertEqual(try SpellOutFormat(locale: "ru").format(-42), "минус сорок два")
        XCTAssertEqual(try SpellOutFormat(locale: "zh").format(-42), "负四十二")
        XCTAssertEqual(try SpellOutFormat(locale: "en").format(2020), "two thousand twenty")
        XCTAssertEqual(try SpellOutFormat(locale: "en", ruleSet: "%spellout-numbering-year").format(2020), "twenty twenty")
        // Beyond RBNF's range ICU falls back to digits; it must not crash.
        XCTAssertEqual(try SpellOutFormat(locale: "en").format(Int.max), "9,223,372,036,854,775,807")
        XCTAssertEqual(try SpellOutFormat(locale: "en").format(Int.min), "-9,223,372,036,854,775,808")
    }

    func testUnknownRuleSet() {
        assertICUError(try SpellOutFormat(locale: "en", ruleSet: "%spellout-ordinal-feminine").format(1),
                       operation: "unum_setTextAttribute", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try SpellOutFormat(locale: "en", ruleSet: "%%and").format(1),  // private rule set
                       operation: "unum_setTextAttribute", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try SpellOutFormat.ruleSets(locale: "xx"), operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
    }

    /// One formatter whose rule set changes spells every number as a formatter opened with that rule set
    /// does, in every rule set of the six languages; an unknown rule set is a row of nils, and the next
    /// rule set is right again.
    func testSpellingWithOneFormatterIsSpellingWithAFormatterPerRuleSet() throws {
        let numbers = Array(-3...130) + [1000, 2021, 10_000, 1_234_567, 100_000_000, Int.max]
        for locale in ["ar", "zh", "en", "fr", "es", "ru"] {
            let ruleSets = try SpellOutFormat.ruleSets(locale: locale)
            let batch = try SpellOutFormat.spellOut(numbers, locale: locale, ruleSets: ruleSets + ["%spellout-nothing", ruleSets[0]])
            XCTAssertEqual(batch.count, ruleSets.count + 2)
            for (ruleSet, row) in zip(ruleSets, batch) {
                XCTAssertEqual(row, try numbers.map { try SpellOutFormat(locale: locale, ruleSet: ruleSet).format($0) }, "\(locale) \(ruleSet)")
            }
            XCTAssertEqual(batch[ruleSets.count], numbers.map { _ in nil })
            XCTAssertEqual(batch[ruleSets.count + 1], batch[0])
        }
    }
}
