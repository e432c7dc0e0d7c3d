/// Ordinals written with digits (ICU UNUM_ORDINAL): en "23rd", fr "23e",
/// es "23.º", zh "第23"; ICU 72 has no suffix for ru or ar, only a period
/// ("23.", "٢٣."). For words use ``SpellOutFormat`` with an ordinal rule set.
public struct OrdinalFormat: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String

    public init(locale: String) {
        self.locale = locale
    }

    /// The digit ordinal of `n`.
    public func format(_ n: Int) throws -> String {
        try resolved().format(n)
    }

    /// This style's ICU formatter, for formatting many numbers (see ``ResolvedNumberFormat``).
    public func resolved() throws -> ResolvedNumberFormat {
        ResolvedNumberFormat(try ICUNumberFormatter.cached(.ordinal(locale: locale)))
    }
}
