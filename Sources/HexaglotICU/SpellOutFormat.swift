/// Numbers spelled out in words by ICU's rule-based number format, with the
/// locale's default rule set (usually "%spellout-numbering") or a named one,
/// e.g. "%spellout-ordinal" (en "twenty-third") or
/// "%spellout-ordinal-feminine" (fr, es, ru). See ``ruleSets(locale:)``.
public struct SpellOutFormat: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String
    /// The rule set, e.g. "%spellout-cardinal"; nil for the locale's default.
    public let ruleSet: String?

    public init(locale: String, ruleSet: String? = nil) {
        self.locale = locale
        self.ruleSet = ruleSet
    }

    /// Spells out `n`. An unknown rule set throws ``ICUError``
    /// ("unum_setTextAttribute", "U_ILLEGAL_ARGUMENT_ERROR").
    public func format(_ n: Int) throws -> String {
        try resolved().format(n)
    }

    /// Spells out a decimal number ("零点七", "zero point seven").
    public func format(_ x: Double) throws -> String {
        try resolved().format(x)
    }

    /// This style's ICU formatter, for spelling out many numbers (see ``ResolvedNumberFormat``).
    /// An unknown rule set throws here.
    public func resolved() throws -> ResolvedNumberFormat {
        ResolvedNumberFormat(try ICUNumberFormatter.cached(.spellOut(locale: locale, ruleSet: ruleSet)))
    }

    /// Each of `numbers` spelled out in each of `ruleSets` (by rule set, then number; nil where ICU
    /// fails, as `format` throws), by one formatter of its own whose rule set changes: opening a
    /// rule-based formatter parses all of the locale's rules, so a table of every rule set, formatted
    /// through the cache with a formatter each, cost most of the first check in a process.
    public static func spellOut(_ numbers: [Int], locale: String, ruleSets: [String]) throws -> [[String?]] {
        let formatter = try ICUNumberFormatter(.spellOut(locale: locale, ruleSet: nil))
        return ruleSets.map { ruleSet in
            guard (try? formatter.setDefaultRuleSet(ruleSet)) != nil else { return numbers.map { _ in nil } }
            return numbers.map { try? formatter.format($0) }
        }
    }

    /// The public rule set names of `locale`'s spell-out rules, in ICU's
    /// order, e.g. ["%spellout-numbering-year", "%spellout-numbering", …].
    public static func ruleSets(locale: String) throws -> [String] {
        try ICUNumberFormatter.cached(.spellOut(locale: locale, ruleSet: nil)).publicRuleSets()
    }
}
