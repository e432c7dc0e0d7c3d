import HexaglotReaders
import HexaglotTree

/// Finds the facts in a node's text. URLs and document symbols
/// (`SymbolGrammar`) are taken first, then article references ("8(j)"),
/// decision numbers ("14/34"), dates (`DateScanner`), then numbers,
/// percentages and amounts as values (`QuantityScanner`). What a language
/// writes them with (month names, separators' locale, percent, magnitude and
/// currency words) comes from its `Locales/<lang>/` folder (`LanguageFacts`).
public struct FactExtractor: Sendable {
    let dates: DateScanner
    let quantities: QuantityScanner

    /// With the knowledge of `FactKnowledge.standard` (the repository's `Locales/`).
    public init(language: String) {
        self.init(facts: FactKnowledge.standard.facts(for: language))
    }

    public init(facts: LanguageFacts) {
        self.dates = DateScanner(facts: facts)
        self.quantities = QuantityScanner(facts: facts)
    }

    public func facts(in text: String) -> [Fact] {
        let (scalars, origin) = Self.withoutTatweel(text.scalarArray)
        var taken = [Bool](repeating: false, count: scalars.count)
        var facts: [Fact] = []
        func take(_ kind: Fact.Kind, _ range: Range<Int>, value: String, spelled: Bool = false) {
            let offset = origin.map { $0[range.lowerBound] } ?? range.lowerBound
            facts.append(Fact(kind: kind, value: value, text: String(scalars: scalars[range]), offset: offset, spelled: spelled))
            for i in range { taken[i] = true }
        }
        for range in Self.urls(scalars) { take(.url, range, value: String(scalars: scalars[range])) }
        for (range, value) in SymbolGrammar.symbols(scalars, taken: taken) { take(.symbol, range, value: value) }
        if scalars.contains(where: ScalarClass.isDigit) {
            for (range, value) in Self.articles(scalars, taken: taken) { take(.article, range, value: value) }
            for (range, value) in Self.decisions(scalars, taken: taken) { take(.decision, range, value: value) }
        }
        for found in dates.scan(scalars, taken: taken) { take(.date, found.range, value: found.value) }
        for found in quantities.scan(scalars, taken: taken) { take(found.kind, found.range, value: found.value, spelled: found.spelled) }
        return facts.sorted { $0.offset < $1.offset }
    }

    /// The text without Arabic tatweel (U+0640), which stretches a word to justify a line
    /// ("نيســان" for "نيسان") and says nothing; with each scalar's offset in the text as
    /// written, or nil when there was none.
    static func withoutTatweel(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]?) {
        guard s.contains("\u{0640}") else { return (s, nil) }
        var kept: [Unicode.Scalar] = [], origin: [Int] = []
        kept.reserveCapacity(s.count)
        origin.reserveCapacity(s.count)
        for (i, c) in s.enumerated() where c != "\u{0640}" {
            kept.append(c)
            origin.append(i)
        }
        return (kept, origin)
    }

    // MARK: Patterns

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ScalarClass.isDigit(c) }
    static func digit(_ c: Unicode.Scalar) -> Int { ScalarClass.digitValue(c) ?? 0 }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    /// Characters that end a URL or symbol when they come last: sentence punctuation in all six languages.
    static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", ")", "。", "，", "；", "：", "）", "、", "،", "؛", "»", "\"", "'"]

    private static let urlStarts = ["https://", "http://"].map(\.scalarArray)

    static func urls(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "h", let start = urlStarts.first(where: { s.count - i >= $0.count && s[i..<(i + $0.count)].elementsEqual($0) }) else {
                i += 1
                continue
            }
            var j = i + start.count
            while j < s.count, s[j].isASCII, !ScalarClass.isWhitespace(s[j]), s[j] != "<", s[j] != ">", s[j] != "\"" { j += 1 }
            while j > i + start.count, trailing.contains(s[j - 1]) { j -= 1 }
            result.append(i..<j)
            i = j
        }
        return result
    }

    /// "8(j)", and as French and Arabic write it, "8 j)" and "8(ي)": an article number with a
    /// lettered paragraph. The value is always "8(j)": Arabic letters count in abjad order,
    /// as UN Arabic letters (a), (b) … as (أ), (ب) ….
    static func articles(_ s: [Unicode.Scalar], taken: [Bool]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var i = 0
        while i < s.count {
            guard !taken[i], isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else { i += 1; continue }
            var j = i, n = 0
            while j < s.count, isDigit(s[j]) { n = n &* 10 &+ digit(s[j]); j += 1 }
            var k = j
            let open = k < s.count && s[k] == "("
            if open { k += 1 } else if k < s.count, s[k] == " " { k += 1 } else { i = j; continue }
            let letterStart = k
            while k < s.count, s[k] != ")", ScalarClass.isAlphabetic(s[k]), k - letterStart < 2 { k += 1 }
            let letters = String(scalars: s[letterStart..<k])
            guard k < s.count, s[k] == ")", k > letterStart, let index = letterIndex(letters) else { i = j; continue }
            result.append((i..<(k + 1), "\(n)(\(Character(UnicodeScalar(UInt8(96 + index)))))"))
            i = k + 1
        }
        return result
    }

    /// 1 for "a" or "أ", 10 for "j" or "ي"; nil for anything else.
    static func letterIndex(_ letter: String) -> Int? {
        if letter.count == 1, let c = letter.unicodeScalars.first, ("a"..."z").contains(c) { return Int(c.value) - 96 }
        // The readers' abjad list, up to the 26th letter (an article's paragraph letter maps onto a … z).
        return LabelRecognizer.arabicLetters.prefix(26).firstIndex(of: letter).map { $0 + 1 }
    }

    /// "14/34", "23/1": a meeting number and a decision or recommendation number.
    static func decisions(_ s: [Unicode.Scalar], taken: [Bool]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var i = 0
        while i < s.count {
            guard !taken[i], isDigit(s[i]), i == 0 || (!isDigit(s[i - 1]) && s[i - 1] != "/") else { i += 1; continue }
            var j = i, a = 0
            while j < s.count, isDigit(s[j]) { a = a &* 10 &+ digit(s[j]); j += 1 }
            guard j - i <= 2, j < s.count, s[j] == "/", j + 1 < s.count, isDigit(s[j + 1]) else { i = j; continue }
            var k = j + 1, b = 0
            while k < s.count, isDigit(s[k]) { b = b &* 10 &+ digit(s[k]); k += 1 }
            guard k - j - 1 <= 3, k >= s.count || (s[k] != "/" && !isDigit(s[k])) else { i = k; continue }
            result.append((i..<k, "\(a)/\(b)"))
            i = k
        }
        return result
    }

    /// "23rd", "23e", "23ª", "23.º", "23-й": a letter (not a Han character) right after the digits.
    static func isOrdinalSuffix(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        var k = j
        if k < s.count, s[k] == "." || ScalarClass.isHyphen(s[k]) { k += 1 }
        // An upper-case Latin letter right after the digits is no suffix: "217A (III)" is resolution 217 A.
        guard k < s.count, ScalarClass.isAlphabetic(s[k]), k > j || !("A"..."Z").contains(s[k]) else { return false }
        let v = s[k].value
        let isHan = ScalarClass.isHan(s[k])
        let isArabic = (0x0600...0x06FF).contains(v)
        return !isHan && !isArabic && !(k > j && s[j] == "." && s[k] != "º" && s[k] != "ª")
    }
}
