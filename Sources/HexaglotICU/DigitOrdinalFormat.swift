import CICUShim

/// Digit ordinals in a named rule set of ICU's ordinal rules
/// (`UNUM_ORDINAL` with a default rule set): es "%digits-ordinal-feminine"
/// gives "23.ª", fr "%digits-ordinal-feminine" gives "1re" and "23e".
/// ``OrdinalFormat`` is the locale's default rule set (es "23.º").
public struct DigitOrdinalFormat: Hashable, Sendable {
    public let locale: String
    public let ruleSet: String

    public init(locale: String, ruleSet: String) {
        self.locale = locale
        self.ruleSet = ruleSet
    }

    /// The digit ordinal of `n`; an unknown rule set throws ``ICUError``
    /// ("unum_setTextAttribute", "U_ILLEGAL_ARGUMENT_ERROR").
    public func format(_ n: Int) throws -> String {
        try Self.cache.object(for: self) { try Formatter($0) }.format(n)
    }

    /// Few locales and rule sets exist; a bound keeps a locale file that
    /// names thousands of them from growing the cache.
    static let cache = ICUCache<DigitOrdinalFormat, Formatter>(limit: 64)

    final class Formatter: Sendable {
        private let handle: ICUHandle

        init(_ key: DigitOrdinalFormat) throws {
            try icuCheckLocale(key.locale)
            handle = try withUTF16(key.ruleSet) { ruleSet, length in
                try icuOpen("unum_setTextAttribute", close: { hx_unum_close($0) }) { status in
                    hx_unum_open_ordinal_ruleSet(key.locale, ruleSet, length, status)
                }
            }
        }

        func format(_ n: Int) throws -> String {
            try handle.withLock { fmt in
                try icuString("unum_formatInt64", initialCapacity: 32) { out, capacity, status in
                    hx_unum_formatInt64(fmt, Int64(n), out, capacity, status)
                }
            }
        }
    }
}
