import HexaglotTestSupport
import XCTest
@testable import HexaglotCheck
import HexaglotICU

/// Facts as values across the six languages. Sentences are modelled on UN texts:
/// SDG target 17.2 (A/RES/70/1, annex): "... the target of 0.7 per cent of ODA/GNI to
/// developing countries and 0.15 to 0.20 per cent of ODA/GNI to least developed
/// countries"; the other languages as the UN writes percentages, amounts and dates
/// (the fr/es/ru/ar/zh sentences are written for these tests in that style, not quoted).
final class FactValueTests: XCTestCase {
    private func facts(_ language: String, _ text: String, _ kinds: Set<Fact.Kind>? = nil) -> [String] {
        FactExtractor(language: language).facts(in: text).filter { kinds?.contains($0.kind) ?? true }.map { "\($0.kind.rawValue) \($0.value)" }
    }

    func testPercentInEveryLanguage() {
        let en = facts("en", "to achieve the target of 0.7 per cent of ODA/GNI to developing countries and 0.15 to 0.20 per cent of ODA/GNI to least developed countries")
        XCTAssertEqual(en, ["percent 0.7", "percent 0.15", "percent 0.2"])
        XCTAssertEqual(facts("fr", "l’objectif de 0,7 % du RNB et de 0,15 % à 0,20 % en faveur des pays les moins avancés"), ["percent 0.7", "percent 0.15", "percent 0.2"])
        XCTAssertEqual(facts("fr", "0,7 pour cent"), ["percent 0.7"])
        XCTAssertEqual(facts("es", "el 0,7 por ciento del ingreso nacional bruto"), ["percent 0.7"])
        XCTAssertEqual(facts("ru", "0,7 процента валового национального дохода"), ["percent 0.7"])
        XCTAssertEqual(facts("ar", "نسبة 0.7 في المائة من الدخل القومي الإجمالي"), ["percent 0.7"])
        XCTAssertEqual(facts("zh", "国民总收入的0.7%"), ["percent 0.7"])
        XCTAssertEqual(facts("zh", "百分之零点七"), ["percent 0.7"])
        XCTAssertEqual(facts("en", "0.7%"), ["percent 0.7"])
    }

    func testNumbersByValue() {
        XCTAssertEqual(facts("en", "0.2 and 0.20"), ["number 0.2", "number 0.2"])
        XCTAssertEqual(facts("fr", "1 000 et 1\u{202F}000 et 1000"), ["number 1000", "number 1000", "number 1000"])
        XCTAssertEqual(facts("ru", "100\u{00A0}000"), ["number 100000"])
        XCTAssertEqual(facts("es", "100.000"), ["number 100000"])
        XCTAssertEqual(facts("en", "1,000.5"), ["number 1000.5"])
        XCTAssertEqual(facts("ar", "٠٫٧"), ["number 0.7"])
        // 0.7 and 0,07 are different numbers.
        XCTAssertNotEqual(facts("en", "0.7"), facts("fr", "0,07"))
        XCTAssertEqual(facts("fr", "0,07"), ["number 0.07"])
        // A space does not join two English numbers; "3,4" is not a number in English.
        XCTAssertEqual(facts("en", "In 2019 100 countries"), ["number 2019", "number 100"])
        XCTAssertEqual(facts("en", "paragraphs 3,4"), ["number 3", "number 4"])
    }

    func testAmountsWithMagnitudes() {
        let value = "amount USD 100000000000"
        XCTAssertEqual(facts("en", "$100 billion a year by 2020", [.amount]), [value])
        XCTAssertEqual(facts("fr", "100 000 millions de dollars par an", [.amount]), [value])
        XCTAssertEqual(facts("zh", "每年1000亿美元", [.amount]), [value])
        XCTAssertEqual(facts("es", "100.000 millones de dólares anuales", [.amount]), [value])
        XCTAssertEqual(facts("ru", "100 млрд. долл. США в год", [.amount]), [value])
        XCTAssertEqual(facts("ar", "100 مليار دولار سنوياً", [.amount]), [value])
        // A magnitude without a currency: a number with its value.
        XCTAssertEqual(facts("fr", "100 millions de personnes"), ["number 100000000"])
        XCTAssertEqual(facts("en", "$100 million"), ["amount USD 100000000"])
        XCTAssertNotEqual(facts("en", "$100 million"), facts("fr", "100 milliards de dollars"))
    }

    func testWordsAndDigitsAreOneValue() {
        XCTAssertEqual(facts("en", "ten"), ["number 10"])
        XCTAssertEqual(facts("fr", "dix"), ["number 10"])
        XCTAssertEqual(facts("es", "diez"), ["number 10"])
        XCTAssertEqual(facts("ru", "десять"), ["number 10"])
        XCTAssertEqual(facts("ar", "عشرة"), ["number 10"])
        XCTAssertEqual(facts("zh", "十"), ["number 10"])
        XCTAssertEqual(facts("zh", "二十四个"), ["number 24"])
        XCTAssertEqual(facts("en", "Twenty-four"), ["number 24"])
        // Every number 0–100 in words reads as its value (but 1: "one", "un", "une" are articles too).
        for n in [0, 2, 7, 10, 13, 21, 45, 99, 100] {
            XCTAssertEqual(facts("en", (try? HexaglotICUSpell.en(n)) ?? ""), ["number \(n)"], "\(n)")
        }
        XCTAssertEqual(facts("fr", "une réunion"), [])
        XCTAssertEqual(facts("en", "one of the targets"), [])
        // Spelled ordinals are their own kind: "second" is not "two".
        XCTAssertEqual(facts("ar", "الفصل الأول"), ["ordinal 1"])
        XCTAssertEqual(facts("en", "second meeting"), ["ordinal 2"])
        XCTAssertEqual(facts("zh", "第二次会议"), ["ordinal 2"])
        // A digit ordinal states its number in digits, as other languages write it ("الجلسة 23").
        XCTAssertEqual(facts("en", "23rd meeting"), ["number 23"])
        XCTAssertEqual(facts("ru", "23-й"), ["number 23"])
    }

    /// Numbers in words are read from the table of ICU's spelled forms where it has them, by
    /// ICU's spell-out parse where not; both give the same values, in every language.
    func testSpelledFormsGiveWhatICUsParseGives() throws {
        XCTAssertEqual(facts("fr", "dix États, dix-sept États, vingt et un États, vingt-et-un États", [.number]), ["number 10", "number 17", "number 21", "number 21"])
        XCTAssertEqual(facts("en", "ten States and twenty-third meeting", [.number, .ordinal]), ["number 10", "ordinal 23"])
        XCTAssertEqual(facts("en", "one hundred twenty States", [.number]), ["number 120"], "past the table, ICU reads it")
        XCTAssertEqual(facts("fr", "une réunion et une autre", [.number]), [], "a cardinal one is an article as often as a number")
        XCTAssertEqual(facts("ar", "في دورتيها الرابعة عشرة والخامسة عشرة", [.ordinal]), ["ordinal 14", "ordinal 15"])
        XCTAssertEqual(facts("zh", "第二十三次会议", [.ordinal]), ["ordinal 23"])
        // Every spelled sample, in every rule set of the six languages, as text followed by a word:
        // the table's reading is ICU's.
        for locale in ["ar", "en", "es", "fr", "ru", "zh"] {
            let spelled = SpelledNumbers.cached(locale)
            for ruleSet in try SpellOutFormat.ruleSets(locale: locale) where !ruleSet.contains("days") && !ruleSet.contains("financial") {
                for n in [3, 10, 17, 21, 23, 45, 99, 100, 300, 1000] {
                    let text = try SpellOutFormat(locale: locale, ruleSet: ruleSet).format(n).lowercased()
                    let window = Array((text + " x").unicodeScalars)
                    guard let fromTable = QuantityScanner.spelledForm(window, in: spelled) else { continue }
                    let fromICU = try SpellOutParser(locale: locale).parse(window)
                    XCTAssertEqual(fromTable.value, fromICU?.value, "\(locale) \(ruleSet) “\(text)”")
                    XCTAssertEqual(fromTable.length, text.unicodeScalars.count, "\(locale) \(ruleSet) “\(text)”")
                }
            }
        }
    }

    func testMemosKeepAtMostTheirLimit() {
        let memo = BoundedMemo<String, Int>(limit: 4)
        var made = 0
        for _ in 0..<2 {
            for key in (0..<10).map(String.init) {
                XCTAssertEqual(memo.value(for: key) { made += 1; return Int($0)! * 2 }, Int(key)! * 2)
            }
        }
        XCTAssertEqual(memo.count, 4)
        XCTAssertEqual(made, 16, "the four kept are made once; the six others each time they are asked for")
    }

    /// "10-Year Framework" (en) is "Cadre décennal" (fr): a number fused into a
    /// compound adjective is no fact, so the two agree.
    func testCompoundAdjectivesAreNoNumber() {
        XCTAssertEqual(facts("en", "the 10-Year Framework of Programmes"), [])
        XCTAssertEqual(facts("en", "a ten-year plan"), [])
        XCTAssertEqual(facts("fr", "le Cadre décennal de programmation"), [])
        XCTAssertEqual(facts("en", "the post-2020 framework"), ["number 2020"])
        XCTAssertEqual(facts("en", "COVID-19"), ["number 19"])
    }

    func testYearsAndDatesInEveryScript() {
        XCTAssertEqual(facts("zh", "一九四二年一月一日"), ["date 1942-01-01"])
        XCTAssertEqual(facts("zh", "到二〇三〇年"), ["number 2030"])
        XCTAssertEqual(facts("en", "By 2030"), ["number 2030"])
        XCTAssertEqual(facts("zh", "2019年11月6日至8日"), ["date 2019-11-06/2019-11-08"])
        XCTAssertEqual(facts("zh", "二〇一九年十一月六日至八日"), ["date 2019-11-06/2019-11-08"])
        XCTAssertEqual(facts("es", "6 a 8 de noviembre de 2019"), ["date 2019-11-06/2019-11-08"])
        XCTAssertEqual(facts("ru", "6-8 ноября 2019 года"), ["date 2019-11-06/2019-11-08"])
        XCTAssertEqual(facts("ar", "27-31 تموز/يوليه 2020"), ["date 2020-07-27/2020-07-31"])
        XCTAssertEqual(facts("ar", "حزيران/يونيه 2020"), ["date 2020-06"])
        XCTAssertEqual(facts("ar", "حزيران/يونيو 2020"), ["date 2020-06"])
    }

    /// What the official texts of the real corpus (Tests/Fixtures/real) write, quoted from them.
    func testHouseStylesOfTheRealCorpus() {
        // A/RES/70/1, target 17.2: the Arabic decimal comma with Latin digits (Locales/ar/facts.yaml).
        XCTAssertEqual(facts("ar", "نسبة 0,7 في المائة من دخلها القومي الإجمالي، وتخصيص نسبة تتراوح بين 0,15 في المائة و 0,20 في المائة"),
                       ["percent 0.7", "percent 0.15", "percent 0.2"])
        XCTAssertEqual(facts("ar", "بأقل من 1.25 دولار في اليوم"), ["amount USD 1.25"])
        XCTAssertEqual(facts("ar", "1,000"), ["number 1000"], "a comma before three digits groups them")
        // Target 3.2: Chinese groups of three set off by a plain space; English by a comma.
        XCTAssertEqual(facts("zh", "各国争取将新生儿每1 000例活产的死亡率至少降至12例"), ["number 1000", "number 12"])
        XCTAssertEqual(facts("zh", "到2030年 100"), ["number 2030", "number 100"], "a first group of four digits is no group")
        // Target 1.1: "1,25 dollar des États‐Unis", singular, with U+2010 HYPHEN.
        XCTAssertEqual(facts("fr", "moins de 1,25 dollar des États‐Unis par jour"), ["amount USD 1.25"])
        // Target 8.4: "the 10‐Year Framework" (U+2010) is a compound adjective, as with "-".
        XCTAssertEqual(facts("en", "the 10‐Year Framework of Programmes"), [])
        // Target 9.5: a magnitude word alone is one of it, in words (it matches, never lacks).
        let million = FactExtractor(language: "ar").facts(in: "لكل مليون شخص")
        XCTAssertEqual(million.map { "\($0.kind.rawValue) \($0.value) \($0.spelled)" }, ["number 1000000 true"])
        XCTAssertEqual(facts("es", "por millón de habitantes"), ["number 1000000"])
        // Target 2.2: "under 5 years of age" is "دون سن الخامسة", the fifth: a spelled ordinal.
        XCTAssertEqual(facts("ar", "لدى الأطفال دون سن الخامسة"), ["ordinal 5"])
        // S/2015/10/Add.5: a digit ordinal is its number ("7370th meeting", "الجلسة 7370", "第7370次会议").
        XCTAssertEqual(facts("en", "7370th meeting"), ["number 7370"])
        XCTAssertEqual(facts("zh", "第7370次会议"), ["number 7370"])
        // Its Arabic stretches words with tatweel ("نيســان"): no letter, not in the way of a date.
        let stretched = FactExtractor(language: "ar").facts(in: "بالجــزاءات (17 نيســان/أبريل 2000؛")
        XCTAssertEqual(stretched.map { "\($0.kind.rawValue) \($0.value)" }, ["date 2000-04-17"])
        XCTAssertEqual(stretched.first?.offset, 13, "the offset is in the text as written")
        // S/RES/2209 (2015), Russian: a month without a day stands in the prepositional.
        XCTAssertEqual(facts("ru", "в больших масштабах в апреле 1915 года в битве при Ипре"), ["date 1915-04"])
        // The UDHR's Chinese and Spanish: "第217A(III)号决议" and "217 A (III)" are resolution 217.
        XCTAssertEqual(facts("zh", "联合国大会一九四八年十二月十日第217A(III)号决议通过并颁布", [.number, .date]), ["date 1948-12-10", "number 217"])
        XCTAssertEqual(facts("es", "en su resolución 217 A (III), de 10 de diciembre de 1948", [.number, .date]), ["number 217", "date 1948-12-10"])
    }

    func testSymbolsByGrammar() {
        let symbols: [(String, String)] = [
            ("A/RES/70/1", "A/RES/70/1"), ("S/RES/2250 (2015)", "S/RES/2250(2015)"), ("E/CN.6/2020/1", "E/CN.6/2020/1"),
            ("UNEP/CBD/COP/DEC/14/34", "UNEP/CBD/COP/DEC/14/34"), ("CBD/WG2020/2/2", "CBD/WG2020/2/2"), ("A/70/L.1", "A/70/L.1"),
            ("CBD/SBI/3/1/Add.1", "CBD/SBI/3/1/Add.1"), ("A/C.2/70/L.5/Rev.1", "A/C.2/70/L.5/Rev.1"),
        ]
        for (text, value) in symbols {
            XCTAssertEqual(facts("en", "See \(text).", [.symbol]), ["symbol \(value)"], text)
            XCTAssertEqual(facts("ar", "انظر \(text)،", [.symbol]), ["symbol \(value)"], text)
        }
        XCTAssertNotEqual(facts("en", "A/RES/70/1"), facts("en", "S/RES/70/1"))
        XCTAssertEqual(facts("en", "0.7 per cent of ODA/GNI", [.symbol]), [])
        XCTAssertEqual(facts("en", "and/or", [.symbol]), [])
        XCTAssertEqual(facts("en", "Plan A/2", [.symbol]), [])
        XCTAssertEqual(facts("en", "decision 14/34", [.symbol]), [])
    }

    /// Without a workspace the repository's Locales are read (as VersionLoader's tests do).
    func testStandardKnowledgeComesFromLocales() {
        let ar = FactKnowledge.standard.facts(for: "ar")
        XCTAssertTrue(ar.monthReplacements.contains { $0.from == "يونيو" && $0.to == "يونيه" })
        XCTAssertTrue(ar.monthLocales.contains { $0.hasPrefix("ar-SY") })
        XCTAssertEqual(FactKnowledge.standard.facts(for: "es").vocabulary.dateFillers, ["de", "del"])
        XCTAssertEqual(FactKnowledge.standard.facts(for: "ru").vocabulary.magnitudes["млрд."], 9)
    }
}

/// Spell-out in English through ICU, for the 0–100 sweep.
enum HexaglotICUSpell {
    static func en(_ n: Int) throws -> String { try SpellOutFormat(locale: "en").format(n) }
}
