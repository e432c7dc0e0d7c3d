import HexaglotICU
import HexaglotModel
import HexaglotTree

/// Writes dates and date ranges in a locale's `DateStyle`: ICU's CLDR output,
/// then the UN house-style overrides of `Locales/` (dual Arabic month names,
/// literal replacements such as Russian "г." → "года").
struct DateStyleFormatter {
    let icuLocale: String

    func format(_ date: CivilDate, _ style: DateStyle) throws -> String {
        let locale = style.icu ?? icuLocale
        let text: String
        switch style.source {
        case .skeleton(let s): text = try DateFormat.skeleton(s, locale: locale).format(date)
        case .pattern(let p): text = try DateFormat.pattern(p, locale: locale).format(date)
        }
        return try finish(text, style, months: [date.month])
    }

    func format(from start: CivilDate, to end: CivilDate, _ style: DateStyle) throws -> String {
        guard case .skeleton(let skeleton) = style.source else {
            throw DateStyleError.rangeNeedsSkeleton
        }
        let text = try DateIntervalFormat(skeleton: skeleton, locale: style.icu ?? icuLocale).format(from: start, to: end)
        return try finish(text, style, months: Array(Set([start.month, end.month])).sorted())
    }

    private func finish(_ text: String, _ style: DateStyle, months: [Int]) throws -> String {
        var text = text
        if let dual = style.dualMonths {
            for month in months {
                let day = CivilDate(year: 2000, month: month, day: 1)!
                let first = try DateFormat.pattern("MMMM", locale: dual.first).format(day)
                let second = try DateFormat.pattern("MMMM", locale: dual.second).format(day)
                if first != second {
                    text = text.replacingAll(first, with: first + "/" + second)
                }
            }
        }
        for r in style.replacements where Self.bytes(of: text, contain: r.from) {
            text = text.replacingAll(r.from, with: r.to)
        }
        return text
    }

    /// A quick test before the (Character-level, slow) replacement: a locale may
    /// list thirty replacements of which one applies. ICU's output and the
    /// locale files are NFC, so a target whose UTF-8 bytes are absent is absent.
    static func bytes(of text: String, contain target: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(target.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

enum DateStyleError: Error, CustomStringConvertible {
    case rangeNeedsSkeleton
    var description: String { "a date range style needs an ICU skeleton, not a pattern" }
}
