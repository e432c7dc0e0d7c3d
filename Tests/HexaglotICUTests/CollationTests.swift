import XCTest
@testable import HexaglotICU

final class CollationTests: XCTestCase {
    /// Each list is fed in reverse; the expected order is each language's own.
    let pinned: [(String, [String])] = [
        ("en", ["Afghanistan", "Åland Islands", "Australia", "Austria", "Azerbaijan", "canada", "Canada",
                "Chile", "China", "Colombia", "Côte d\u{2019}Ivoire", "Cuba", "Czechia", "Zimbabwe", "Австрия"]),
        ("fr", ["Afrique du Sud", "Allemagne", "Costa Rica", "Côte d\u{2019}Ivoire", "Cuba", "Égypte",
                "Émirats arabes unis", "Équateur", "Érythrée", "Espagne", "Estonie", "Eswatini", "États-Unis",
                "Éthiopie", "Îles Salomon", "Inde", "Iran", "Irlande"]),
        // ñ is a letter of its own in Spanish: Canal < Cañada.
        ("es", ["Bahamas", "Baréin", "Bélgica", "Belice", "Benín", "Canadá", "Canal", "Cañada", "Chile", "China",
                "Colombia", "Países Bajos", "Pakistán", "Palaos", "Panamá", "Paraguay", "Perú"]),
        // …but not in English: Cañada < Canal.
        ("en", ["Canadá", "Cañada", "Canal", "Chile", "Colombia"]),
        // Cyrillic before Latin; ё sorts with е.
        ("ru", ["Австралия", "Австрия", "Азербайджан", "Албания", "Алжир", "Египет", "Елена", "Ёлка", "Ель",
                "Йемен", "Республика Корея", "Россия", "Руанда", "Румыния", "Уганда", "Узбекистан", "Украина",
                "Эстония", "Эфиопия", "Ямайка", "Япония", "Zimbabwe"]),
        // Arabic letter order; hamza forms of alef sort with alef; the article is not skipped.
        ("ar", ["إثيوبيا", "أفغانستان", "الأردن", "الإمارات العربية المتحدة", "البحرين", "الجزائر", "السعودية",
                "السودان", "العراق", "الكويت", "المغرب", "اليابان", "اليمن", "تونس", "سوريا", "عُمان", "فلسطين",
                "قطر", "لبنان", "ليبيا", "مصر", "Austria"]),
        // Pinyin order: a'er < afu < agen < ai < ao …; Han before Latin.
        ("zh", ["阿尔及利亚", "阿富汗", "阿根廷", "埃及", "奥地利", "澳大利亚", "巴西", "德国", "俄罗斯", "法国",
                "美国", "日本", "英国", "中国", "Zimbabwe"]),
    ]

    func testCountryOrderInEachLanguage() throws {
        for (locale, expected) in pinned {
            XCTAssertEqual(try Collation(locale: locale).sorted(expected.reversed()), expected, locale)
            var shuffled = expected
            shuffled.swapAt(0, shuffled.count - 1)
            shuffled.swapAt(1, shuffled.count / 2)
            XCTAssertEqual(try Collation(locale: locale).sorted(shuffled), expected, locale)
        }
    }

    func testCompareAndSortKeys() throws {
        let en = Collation(locale: "en")
        XCTAssertEqual(try en.compare("a", "B"), -1)
        XCTAssertEqual(try en.compare("b", "A"), 1)
        XCTAssertEqual(try en.compare("a", "a"), 0)
        XCTAssertEqual(try en.compare("e\u{301}", "é"), 0)  // canonically equivalent
        XCTAssertEqual(try en.compare("Austria", "Australia"), 1)
        XCTAssertEqual(try Collation(locale: "es").compare("Cañada", "Canal"), 1)
        XCTAssertEqual(try Collation(locale: "en").compare("Cañada", "Canal"), -1)

        XCTAssertEqual(try en.sortKey("e\u{301}"), try en.sortKey("é"))
        XCTAssertNotEqual(try en.sortKey("a"), try en.sortKey("A"))
        XCTAssertFalse(try en.sortKey("Austria").contains(0))  // ICU's terminating 0 is dropped
        XCTAssertFalse(try en.sortKey("").isEmpty)
        for (a, b) in [("Australia", "Austria"), ("a", "B"), ("canada", "Canada")] {
            XCTAssertTrue(try en.sortKey(a).lexicographicallyPrecedes(en.sortKey(b)), "\(a) < \(b)")
        }
        let long = String(repeating: "Ωé", count: 3000)  // key longer than the first buffer
        XCTAssertEqual(try en.compare(long + "a", long + "b"), -1)
        XCTAssertTrue(try en.sortKey(long + "a").lexicographicallyPrecedes(en.sortKey(long + "b")))
    }

    func testSortedByKeyIsStable() throws {
        struct Entry: Equatable { let name: String; let id: Int }
        let entries = [Entry(name: "Österreich", id: 1), Entry(name: "Belgien", id: 2),
                       Entry(name: "Österreich", id: 3), Entry(name: "Belgien", id: 4),
                       Entry(name: "Ägypten", id: 5), Entry(name: "Österreich", id: 6)]
        let sorted = try Collation(locale: "en").sorted(entries) { $0.name }
        XCTAssertEqual(sorted.map(\.id), [5, 2, 4, 1, 3, 6])
        // The key closure may itself use ICU (no lock is held while it runs).
        let byOrdinal = try Collation(locale: "en").sorted([3, 1, 2]) { try SpellOutFormat(locale: "en").format($0) }
        XCTAssertEqual(byOrdinal, [1, 3, 2])  // one, three, two
        XCTAssertEqual(try Collation(locale: "en").sorted([String]()), [])
    }

    /// A sort long enough to leave the small-array path, with ties, non-Latin and
    /// supplementary characters: the order is the one `compare` gives, stably.
    func testSortOfManyAgreesWithCompare() throws {
        let words = ["Österreich", "Belgien", "Ägypten", "zebra", "Zebra", "éclair", "eclair", "Ωμέγα", "𝒜lpha", "日本", "中国", "",
                     "a", "A", "b", "Ölkanne", "oeuvre", "œuvre"]
        let items = (0..<137).map { (word: words[($0 * 7) % words.count], id: $0) }
        let fr = Collation(locale: "fr")
        let sorted = try fr.sorted(items) { $0.word }
        XCTAssertEqual(sorted.count, items.count)
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let order = try fr.compare(a.word, b.word)
            XCTAssertTrue(order < 0 || (order == 0 && a.id < b.id), "\(a) before \(b)")
        }
    }

    func testInvalidLocale() {
        assertICUError(try Collation(locale: "xx").sorted(["b", "a"]), operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
        assertICUError(try Collation(locale: "en_US@calendar=").compare("a", "b"), operation: "ucol_open", status: "U_ILLEGAL_ARGUMENT_ERROR")
    }
}
