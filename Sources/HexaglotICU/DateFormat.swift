import CICUShim
import HexaglotTree

/// A date style: an ICU skeleton (e.g. "yMMMMd", resolved per locale through
/// the date-time pattern generator) or an explicit ICU pattern (e.g.
/// "d MMMM y 'года'") in a locale. Always Gregorian, always in UTC, so the
/// output never depends on the process time zone.
///
///     try DateFormat.skeleton("yMMMMd", locale: "ru").format(date)  // "24 февраля 2020 г."
public struct DateFormat: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case skeleton, pattern }

    let kind: Kind
    let text: String
    /// The ICU locale ID, e.g. "ru", "ar-SY", "ar@numbers=latn".
    public let locale: String

    /// A format chosen by ICU's pattern generator for `skeleton` in `locale`.
    public static func skeleton(_ s: String, locale: String) -> DateFormat {
        DateFormat(kind: .skeleton, text: s, locale: locale)
    }

    /// A format with the explicit ICU date `pattern`.
    public static func pattern(_ p: String, locale: String) -> DateFormat {
        DateFormat(kind: .pattern, text: p, locale: locale)
    }

    /// Formats `date` (at 00:00 UTC).
    public func format(_ date: CivilDate) throws -> String {
        try formatter().format(date.udate)
    }

    static let cache = ICUCache<DateFormat, ICUDateFormatter>()

    /// The cached ICU object for this signature (internal; tests compare identity).
    func formatter() throws -> ICUDateFormatter {
        try Self.cache.object(for: self) { try ICUDateFormatter($0) }
    }
}

/// One ICU `UDateFormat` (UTC, proleptic Gregorian, non-lenient).
final class ICUDateFormatter: Sendable {
    private let handle: ICUHandle

    init(_ format: DateFormat) throws {
        let locale = format.locale
        try icuCheckLocale(locale)
        let pattern: String
        switch format.kind {
        case .pattern:
            pattern = format.text
        case .skeleton:
            pattern = try withUTF16(format.text) { skeleton, length in
                try icuString("udatpg_getBestPattern") { out, capacity, status in
                    hx_udatpg_getBestPattern(locale, skeleton, length, out, capacity, status)
                }
            }
        }
        handle = try withUTF16(pattern) { pattern, length in
            try icuOpen("udat_open", close: { hx_udat_close($0) }) { status in
                hx_udat_open(locale, pattern, length, status)
            }
        }
    }

    func format(_ udate: Double) throws -> String {
        try handle.withLock { fmt in
            try icuString("udat_format") { out, capacity, status in
                hx_udat_format(fmt, udate, out, capacity, status)
            }
        }
    }
}
