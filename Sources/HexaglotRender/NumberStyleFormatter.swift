import HexaglotICU
import HexaglotModel

/// Writes a number in a locale's `NumberStyle`, through ICU wherever ICU knows how.
struct NumberStyleFormatter {
    let icuLocale: String

    func format(_ n: Int, as style: NumberStyle) throws -> String {
        switch style {
        case .decimal(let grouping, let digits):
            return try NumberFormat(locale: Self.locale(icuLocale, digits: digits), grouping: grouping).format(n)
        case .spellOut(let ruleSet, let capitalized):
            let text = try SpellOutFormat(locale: icuLocale, ruleSet: ruleSet).format(n)
            return capitalized ? text.prefix(1).uppercased() + text.dropFirst() : text
        case .digitsOrdinal(let ruleSet, let replacements):
            var text = try ruleSet.map { try DigitOrdinalFormat(locale: icuLocale, ruleSet: $0).format(n) }
                ?? OrdinalFormat(locale: icuLocale).format(n)
            for r in replacements { text = text.replacingAll(r.from, with: r.to) }
            return text
        case .roman:
            // ICU's "roman" numbering system (root data), independent of the language.
            return try NumberFormat(locale: "en@numbers=roman", grouping: false).format(n)
        case .letters(let letters):
            return Self.series(letters, n)
        case .words(let words):
            guard n >= 1, n <= words.count else { throw OutOfSeries(n: n, count: words.count) }
            return words[n - 1]
        }
    }

    /// The ICU locale with its digits replaced by the numbering system `digits` names.
    static func locale(_ icuLocale: String, digits: String?) -> String {
        guard let digits else { return icuLocale }
        return String(icuLocale.prefix { $0 != "@" }) + "@numbers=" + digits
    }

    /// a … z, then aa, ab … (bijective base-N), as long lists of sub-items are lettered.
    static func series(_ letters: [String], _ n: Int) -> String {
        guard !letters.isEmpty, n >= 1 else { return String(n) }
        var n = n
        var result: [String] = []
        while n > 0 {
            n -= 1
            result.insert(letters[n % letters.count], at: 0)
            n /= letters.count
        }
        return result.joined()
    }

    struct OutOfSeries: Error, CustomStringConvertible {
        let n: Int
        let count: Int
        var description: String { "number \(n) is beyond the \(count) words of the numbering series" }
    }
}
