import CICUShim
import HexaglotTree

/// A date range style: an ICU skeleton (e.g. "yMMMMd") in a locale, formatted
/// by ICU's `udtitvfmt`, which collapses shared fields
/// ("24–29 февраля 2020 г.", "2020年2月24日至29日"). Gregorian, UTC.
///
/// ICU's C API cannot give the interval formatter a proleptic Gregorian
/// calendar (it switches to Julian before 15 October 1582), so ranges that
/// start before that day are rejected rather than formatted wrongly.
public struct DateIntervalFormat: Hashable, Sendable {
    /// The ICU skeleton, e.g. "yMMMMd".
    public let skeleton: String
    /// The ICU locale ID.
    public let locale: String

    public init(skeleton: String, locale: String) {
        self.skeleton = skeleton
        self.locale = locale
    }

    /// Formats the range `from`...`to` (both inclusive days, at 00:00 UTC).
    /// A single-day range formats like the single date. Throws ``ICUError``
    /// "U_ILLEGAL_ARGUMENT_ERROR" if `from` is after `to`, and
    /// "U_UNSUPPORTED_ERROR" for days before 1582-10-15 (see the type's note).
    public func format(from: CivilDate, to: CivilDate) throws -> String {
        try resolved().format(from: from, to: to)
    }

    /// This style's ICU formatter, for formatting many ranges (see ``ResolvedDateIntervalFormat``).
    public func resolved() throws -> ResolvedDateIntervalFormat {
        ResolvedDateIntervalFormat(formatter: try Self.cache.object(for: self) { try ICUDateIntervalFormatter($0) })
    }

    /// ICU's default Julian→Gregorian switch: the first Gregorian day.
    static let firstGregorianDay = CivilDate(year: 1582, month: 10, day: 15)!

    static let cache = ICUCache<DateIntervalFormat, ICUDateIntervalFormatter>()
}

/// A date range style's ICU formatter, looked up once: kept by a caller that formats many
/// ranges in one style, it skips the cache on every call (as ``ResolvedNumberFormat``).
public struct ResolvedDateIntervalFormat: Sendable {
    let formatter: ICUDateIntervalFormatter

    /// As ``DateIntervalFormat/format(from:to:)``.
    public func format(from: CivilDate, to: CivilDate) throws -> String {
        guard from <= to else {
            throw ICUError(operation: "udtitvfmt_format", code: ICUStatus.illegalArgument)
        }
        guard from >= DateIntervalFormat.firstGregorianDay else {
            throw ICUError(operation: "udtitvfmt_format", code: ICUStatus.unsupported)
        }
        return try formatter.format(from.udate, to.udate)
    }
}

/// One ICU `UDateIntervalFormat` (UTC, Gregorian).
final class ICUDateIntervalFormatter: Sendable {
    private let handle: ICUHandle

    init(_ format: DateIntervalFormat) throws {
        let locale = format.locale
        try icuCheckLocale(locale)
        handle = try withUTF16(format.skeleton) { skeleton, length in
            try icuOpen("udtitvfmt_open", close: { hx_udtitvfmt_close($0) }) { status in
                hx_udtitvfmt_open(locale, skeleton, length, status)
            }
        }
    }

    func format(_ from: Double, _ to: Double) throws -> String {
        try handle.withLock { fmt in
            try icuString("udtitvfmt_format") { out, capacity, status in
                hx_udtitvfmt_format(fmt, from, to, out, capacity, status)
            }
        }
    }
}
