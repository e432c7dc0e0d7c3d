import CICUShim

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

    /// Parses `string` strictly (non-lenient); the whole string must be
    /// consumed. Throws ``ICUError`` (status "U_PARSE_ERROR") otherwise.
    public func parse(_ string: String) throws -> CivilDate {
        try formatter().parse(string)
    }

    /// The ICU pattern actually used (the skeleton resolved for the locale).
    public func resolvedPattern() throws -> String {
        try formatter().pattern
    }

    static let cache = ICUCache<DateFormat, ICUDateFormatter>()

    /// The cached ICU object for this signature (internal; tests compare identity).
    func formatter() throws -> ICUDateFormatter {
        try Self.cache.object(for: self) { try ICUDateFormatter($0) }
    }
}

/// One ICU `UDateFormat` (UTC, proleptic Gregorian, non-lenient).
final class ICUDateFormatter: Sendable {
    let pattern: String
    private let handle: ICUHandle

    init(_ format: DateFormat) throws {
        let locale = format.locale
        try icuCheckLocale(locale)
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

    func parse(_ string: String) throws -> CivilDate {
        let udate: Double = try withUTF16(string) { text, length in
            try handle.withLock { fmt in
                var position: Int32 = 0
                let udate = try icuCall("udat_parse") { status in
                    hx_udat_parse(fmt, text, length, &position, status)
                }
                guard position == length else {
                    throw ICUError(operation: "udat_parse", code: ICUStatus.parseError)
                }
                return udate
            }
        }
        guard let date = CivilDate(udate: udate) else {
            throw ICUError(operation: "udat_parse", code: ICUStatus.parseError)
        }
        return date
    }
}
