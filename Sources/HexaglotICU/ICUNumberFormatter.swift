import CICUShim

/// The signature of one ICU `UNumberFormat`.
enum NumberFormatterKey: Hashable, Sendable {
    /// UNUM_DECIMAL; `fractionDigits` -1 means ICU's default.
    case decimal(locale: String, grouping: Bool, fractionDigits: Int32)
    /// UNUM_SPELLOUT with an optional default rule set.
    case spellOut(locale: String, ruleSet: String?)
    /// UNUM_ORDINAL.
    case ordinal(locale: String)

    var locale: String {
        switch self {
        case let .decimal(locale, _, _), let .spellOut(locale, _), let .ordinal(locale): locale
        }
    }
}

/// One ICU `UNumberFormat` (decimal, spell-out or ordinal), shared by
/// ``NumberFormat``, ``SpellOutFormat`` and ``OrdinalFormat``.
final class ICUNumberFormatter: Sendable {
    private let handle: ICUHandle

    static let cache = ICUCache<NumberFormatterKey, ICUNumberFormatter>()
    /// Spell-out formatters apart: a render uses a decimal, an ordinal and several spell-out
    /// rule sets in six languages, past the few keys a cache finds by scanning (then it hashes).
    /// Bounded as the number cache is: the checker's table of spelled forms formats with every
    /// rule set of every language (about 100); a limit of 64 made each format past it open a
    /// new ICU formatter, and the first check in a process cost 27.6 s of CPU instead of 1.0 s.
    static let spellOutCache = ICUCache<NumberFormatterKey, ICUNumberFormatter>()

    static func cached(_ key: NumberFormatterKey) throws -> ICUNumberFormatter {
        if case .spellOut = key { return try spellOutCache.object(for: key) { try ICUNumberFormatter($0) } }
        return try cache.object(for: key) { try ICUNumberFormatter($0) }
    }

    init(_ key: NumberFormatterKey) throws {
        let close: @Sendable (OpaquePointer) -> Void = { hx_unum_close($0) }
        try icuCheckLocale(key.locale)
        switch key {
        case let .decimal(locale, grouping, fractionDigits):
            handle = try icuOpen("unum_open", close: close) { status in
                hx_unum_open_decimal(locale, grouping ? 1 : 0, fractionDigits, status)
            }
        case let .spellOut(locale, nil):
            handle = try icuOpen("unum_open", close: close) { status in
                hx_unum_open_spellout(locale, nil, 0, status)
            }
        case let .spellOut(locale, ruleSet?):
            handle = try withUTF16(ruleSet) { ruleSet, length in
                try icuOpen("unum_setTextAttribute", close: close) { status in
                    hx_unum_open_spellout(locale, ruleSet, length, status)
                }
            }
        case let .ordinal(locale):
            handle = try icuOpen("unum_open", close: close) { status in
                hx_unum_open_ordinal(locale, status)
            }
        }
    }

    func format(_ value: Int) throws -> String {
        try handle.withLock { fmt in
            try icuString("unum_formatInt64", initialCapacity: 64) { out, capacity, status in
                hx_unum_formatInt64(fmt, Int64(value), out, capacity, status)
            }
        }
    }

    func format(_ value: Double) throws -> String {
        try handle.withLock { fmt in
            try icuString("unum_formatDouble", initialCapacity: 64) { out, capacity, status in
                hx_unum_formatDouble(fmt, value, out, capacity, status)
            }
        }
    }

    /// Makes `ruleSet` the one this (rule-based) formatter formats with. Only for a formatter
    /// of one's own: a cached one is shared.
    func setDefaultRuleSet(_ ruleSet: String) throws {
        try handle.withLock { fmt in
            try withUTF16(ruleSet) { units, length in
                var status = ICUStatus.zero
                hx_unum_setDefaultRuleSet(fmt, units, length, &status)
                try icuCheck(status, "unum_setTextAttribute")
            }
        }
    }

    /// UNUM_PUBLIC_RULESETS, split at ";" (rule-based formatters only).
    func publicRuleSets() throws -> [String] {
        let joined = try handle.withLock { fmt in
            try icuString("unum_getTextAttribute") { out, capacity, status in
                hx_unum_getPublicRuleSets(fmt, out, capacity, status)
            }
        }
        return joined.split(separator: ";").map(String.init)
    }
}

/// A number style's ICU formatter, looked up once (``NumberFormat/resolved()``,
/// ``SpellOutFormat/resolved()``, ``OrdinalFormat/resolved()``). A caller that formats
/// many numbers in one style, such as a render session, keeps it and so skips the
/// cache's lock and key comparison on every call, which cost a quarter of a call:
/// as ICU's own users open a formatter once and keep it. Thread-safe; the formatter
/// lives as long as this value, whether or not the cache still holds it.
public struct ResolvedNumberFormat: Sendable {
    let formatter: ICUNumberFormatter

    init(_ formatter: ICUNumberFormatter) {
        self.formatter = formatter
    }

    /// `n` in this style.
    public func format(_ n: Int) throws -> String {
        try formatter.format(n)
    }

    /// `x` in this style (a decimal style with fixed fraction digits rounds half-even).
    public func format(_ x: Double) throws -> String {
        try formatter.format(x)
    }
}
