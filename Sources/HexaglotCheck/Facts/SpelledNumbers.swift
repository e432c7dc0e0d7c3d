import HexaglotICU
import HexaglotTree

/// What ICU's spell-out rules of one language write, gathered once by
/// formatting, so that the extractor asks ICU to parse words only where a
/// number can start: the first words of every spelled number (every public
/// rule set: cardinals and ordinals, genders, Russian cases), the full
/// ordinal forms (to tell "second" from "two"), the cardinal forms of 1
/// ("one", "un", "une", "uno", "один", "واحد": articles and pronouns as much
/// as numbers, so never read as a number), and for Chinese the scalars
/// numerals are written with.
struct SpelledNumbers: Sendable {
    let locale: String
    let firstWords: Set<String>
    let ordinalForms: Set<String>
    let cardinalOnes: Set<String>
    /// Scalars of Han numerals ("〇一二…十百千万亿第"), empty for other languages.
    let hanNumerals: Set<Unicode.Scalar>
    /// Every word of every spelled number ("vingt", "et", "cent", "million"): a word
    /// followed by none of these is a number of one word.
    let allWords: Set<String>
    /// Every sample as ICU spells it, lower case, its words joined by single spaces, with
    /// its value ("vingt et un" → "21", "الخامسة عشرة" → "15", "第二十三" → "23"); a
    /// text that spells two values in different rule sets is left out.
    let forms: [String: String]
    /// ICU's reading of each Han numeral alone ("两" is 2; "第" before digits, no number), parsed
    /// once: a lone numeral is the run most often read, and ICU's parse tries every rule set.
    let loneHan: [Unicode.Scalar: ParsedNumber?]

    static let samples: [Int] = Array(0...100) + [200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000, 10_000, 100_000_000]

    init(locale: String) {
        self.locale = locale
        var first = Set<String>(), ordinals = Set<String>(), ones = Set<String>(), han = Set<Unicode.Scalar>()
        var words = Set<String>(), spelledForms: [String: String?] = [:]
        let ruleSets = ((try? SpellOutFormat.ruleSets(locale: locale)) ?? [])
            .filter { !$0.contains("days") && !$0.contains("financial") && !$0.contains("alternate") }
        let table = (try? SpellOutFormat.spellOut(Self.samples, locale: locale, ruleSets: ruleSets)) ?? []
        for (ruleSet, texts) in zip(ruleSets, table) {
            for (n, spelled) in zip(Self.samples, texts) {
                guard let spelled else { continue }
                let text: String = spelled.lowercased()
                let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00AD}" }).map(String.init)
                if let word = parts.first { first.insert(word) }
                words.formUnion(parts)
                // nil marks a text that spells two values.
                let key = parts.joined(separator: " ")
                spelledForms[key] = spelledForms[key].map { $0 == String(n) ? $0 : nil } ?? String(n)
                if ruleSet.contains("ordinal") { ordinals.insert(text) } else if n == 1 { ones.insert(text) }
                if locale.hasPrefix("zh") { for c in text.unicodeScalars where c.value >= 0x3000 { han.insert(c) } }
            }
        }
        if locale.hasPrefix("zh") {
            if (try? SpellOutParser(locale: locale).parse("两")?.value) == "2" { han.insert("两") }
            // The decimal point of spelled decimals ("零点七" = 0.7).
            for c in ((try? SpellOutFormat(locale: locale).format(0.7)) ?? "").unicodeScalars where c.value >= 0x3000 { han.insert(c) }
        }
        firstWords = first
        allWords = words
        forms = spelledForms.compactMapValues { $0 }
        ordinalForms = ordinals
        cardinalOnes = ones
        hanNumerals = han
        var lone: [Unicode.Scalar: ParsedNumber?] = [:]
        for c in han { lone.updateValue(try? SpellOutParser(locale: locale).parse(String(c)), forKey: c) }  // nil kept: read as no number
        loneHan = lone
    }

    /// A run of Han numerals as ICU's spell-out parse reads it: from the table of forms, a lone
    /// numeral from the readings made once, else by ICU.
    func readHan(_ run: ArraySlice<Unicode.Scalar>) -> ParsedNumber? {
        if let known = forms[String(scalars: run)] { return ParsedNumber(value: known, length: run.count) }
        if run.count == 1, let reading = loneHan[run[run.startIndex]] { return reading }
        return try? SpellOutParser(locale: locale).parse(run)
    }

    private static let memo = BoundedMemo<String, SpelledNumbers>(limit: 32)

    /// One table per locale for the process (at most 32 locales kept).
    static func cached(_ locale: String) -> SpelledNumbers {
        memo.value(for: locale, make: SpelledNumbers.init(locale:))
    }
}
