import XCTest
@testable import HexaglotICU
import HexaglotTree

/// A style resolved once formats as the style does, and keeps its ICU object after the
/// cache has dropped it.
final class ResolvedFormatTests: XCTestCase {
    func testResolvedStylesFormatAsTheirStyles() throws {
        let states = ["France", "Égypte", "Chine", "Brésil"]
        for locale in unLocales {
            XCTAssertEqual(try NumberFormat(locale: locale).resolved().format(1234567), try NumberFormat(locale: locale).format(1234567))
            XCTAssertEqual(try OrdinalFormat(locale: locale).resolved().format(23), try OrdinalFormat(locale: locale).format(23))
            let spellOut = SpellOutFormat(locale: locale)
            XCTAssertEqual(try spellOut.resolved().format(23), try spellOut.format(23))
            XCTAssertEqual(try spellOut.resolved().format(0.7), try spellOut.format(0.7))
            XCTAssertEqual(try ListFormat(locale: locale).resolved().format(states), try ListFormat(locale: locale).format(states))
            XCTAssertEqual(try ListFormat(locale: locale).resolved().format([]), "")
            let range = DateIntervalFormat(skeleton: "yMMMMd", locale: locale)
            XCTAssertEqual(try range.resolved().format(from: day("2020-02-24"), to: day("2020-02-29")),
                           try range.format(from: day("2020-02-24"), to: day("2020-02-29")))
            let collation = Collation(locale: locale)
            XCTAssertEqual(try collation.resolved().sorted(states), try collation.sorted(states))
            XCTAssertEqual(try collation.resolved().compare("Égypte", "France"), try collation.compare("Égypte", "France"))
            XCTAssertEqual(try collation.resolved().sortKey("Chine"), try collation.sortKey("Chine"))
        }
        XCTAssertEqual(try NumberFormat(locale: "fr").resolved().format(1234567), "1\u{202F}234\u{202F}567")
        XCTAssertEqual(try SpellOutFormat(locale: "en", ruleSet: "%spellout-ordinal").resolved().format(23), "twenty-third")
        XCTAssertEqual(try Collation(locale: "fr").resolved().sorted(states), ["Brésil", "Chine", "Égypte", "France"])
    }

    /// The checks of the style's own call hold for its resolved form.
    func testResolvedStylesRejectWhatTheirStylesReject() {
        assertICUError(try SpellOutFormat(locale: "en", ruleSet: "%no-such-rules").resolved(),
                       operation: "unum_setTextAttribute", status: "U_ILLEGAL_ARGUMENT_ERROR")
        let range = DateIntervalFormat(skeleton: "yMMMMd", locale: "en")
        assertICUError(try range.resolved().format(from: day("2020-02-29"), to: day("2020-02-24")),
                       operation: "udtitvfmt_format", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try range.resolved().format(from: day("1582-10-14"), to: day("1582-10-20")),
                       operation: "udtitvfmt_format", status: "U_UNSUPPORTED_ERROR")
    }

    /// A resolved style owns its ICU object: a full cache that drops it does not close it under the caller.
    func testResolvedStyleOutlivesItsCacheEntry() throws {
        let locale = "fr-x-kept"
        let number = try NumberFormat(locale: locale).resolved()
        let list = try ListFormat(locale: locale).resolved()
        let collation = try Collation(locale: locale).resolved()
        for i in 0..<(max(ICUNumberFormatter.cache.limit, ListFormat.cache.limit, Collation.cache.limit) + 1) {
            let other = "en-x-d\(String(i, radix: 36))"
            _ = try NumberFormat(locale: other).format(i)
            _ = try ListFormat(locale: other).format(["a", "b"])
            _ = try Collation(locale: other).sorted(["b", "a"])
        }
        XCTAssertFalse(ICUNumberFormatter.cache.contains(.decimal(locale: locale, grouping: true, fractionDigits: -1)))
        XCTAssertFalse(ListFormat.cache.contains(ListFormat(locale: locale)))
        XCTAssertFalse(Collation.cache.contains(Collation(locale: locale)))
        XCTAssertEqual(try number.format(1234567), "1\u{202F}234\u{202F}567")
        XCTAssertEqual(try list.format(["Rome", "Nairobi", "Montréal"]), "Rome, Nairobi et Montréal")
        XCTAssertEqual(try collation.sorted(["Égypte", "Chine"]), ["Chine", "Égypte"])
    }
}
