/// Ordinals written with digits (ICU UNUM_ORDINAL), e.g. en "23rd",
/// fr "23e", es "23.º", ru "23-й", zh "第23".
public struct OrdinalFormat: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String

    public init(locale: String) {
        self.locale = locale
    }

    /// The digit ordinal of `n`.
    public func format(_ n: Int) throws -> String {
        try ICUNumberFormatter.cached(.ordinal(locale: locale)).format(n)
    }
}
