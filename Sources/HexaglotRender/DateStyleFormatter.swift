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
        return try finish(text, style, months: start.month == end.month ? [start.month] : [start.month, end.month].sorted())
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
        // A locale may list thirty replacements of which one applies: replacingAll
        // returns at once when the target's bytes are absent.
        for r in style.replacements {
            text = text.replacingAll(r.from, with: r.to)
        }
        return text
    }
}

enum DateStyleError: Error, CustomStringConvertible {
    case rangeNeedsSkeleton
    var description: String { "a date range style needs an ICU skeleton, not a pattern" }
}
