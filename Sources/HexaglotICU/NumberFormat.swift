/// Decimal numbers in a locale's default numbering system and separators
/// (e.g. ar → Arabic-Indic digits, "ar@numbers=latn" → Latin digits),
/// with or without grouping.
///
///     try NumberFormat(locale: "fr").format(1234567)  // "1 234 567" (U+202F)
public struct NumberFormat: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String
    /// Whether digits are grouped ("1,234,567" vs "1234567").
    public let grouping: Bool

    public init(locale: String, grouping: Bool = true) {
        self.locale = locale
        self.grouping = grouping
    }

    /// Formats an integer (any `Int`, including negatives and `Int.min`).
    public func format(_ n: Int) throws -> String {
        try resolved().format(n)
    }

    /// This style's ICU formatter, for formatting many integers (see ``ResolvedNumberFormat``).
    public func resolved() throws -> ResolvedNumberFormat {
        ResolvedNumberFormat(try ICUNumberFormatter.cached(.decimal(locale: locale, grouping: grouping, fractionDigits: -1)))
    }

    /// Formats `x` with exactly `fractionDigits` (0...999) digits after the
    /// decimal separator, rounding half-even. Other counts throw
    /// ``ICUError`` with status "U_ILLEGAL_ARGUMENT_ERROR".
    public func format(_ x: Double, fractionDigits: Int) throws -> String {
        guard (0...999).contains(fractionDigits) else {
            throw ICUError(operation: "unum_setAttribute", code: ICUStatus.illegalArgument)
        }
        return try ICUNumberFormatter.cached(
            .decimal(locale: locale, grouping: grouping, fractionDigits: Int32(fractionDigits))
        ).format(x)
    }
}
