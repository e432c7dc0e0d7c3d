import HexaglotICU
import HexaglotModel
import HexaglotTree

/// Reads the numbers of a text as values, with what qualifies them:
///
/// * digits in the language's own separators, through ICU ("0,7" in French
///   is 0.7; "100 000" is 100000; "0.20" is 0.2; Arabic-Indic "٠٫٧" is 0.7),
///   and in the house separators `facts.yaml` adds (UN Arabic "0,7", Chinese "1 000");
/// * numbers in words, as ICU's spell-out rules write them, from the table of
///   their forms or by ICU's parse ("ten", "dix",
///   "десяти", "عشرة", "二十四", "一九四二"); a cardinal 1 in words ("one",
///   "un", "une", "uno", "один") is not read, being an article or pronoun as
///   often as a number; spelled ordinals ("second", "الأول", "第二") are
///   `ordinal` facts, digit ordinals ("23rd", "23-й") numbers;
/// * a percent word after ("per cent", "%", "процента", "في المائة") or
///   before (Chinese "百分之") makes a `percent`;
/// * a magnitude word ("billion", "milliards", "млрд.", "亿", "مليار")
///   multiplies; a currency before ("$") or after ("dollars", "долл. США",
///   "美元"), with a joining word ("de"), makes an `amount` "USD 100000000000";
/// * a number fused by a hyphen into a compound adjective ("10-Year",
///   "ten-year", "2030-year") is not a fact: other languages write such
///   compounds as one word without a number ("décennal", "десятилетний"),
///   so comparing it would report a difference that is none.
///
/// The words come from `Locales/<lang>/facts.yaml`.
struct QuantityScanner: Sendable {
    let facts: LanguageFacts
    /// ICU locale for digits in Latin script, and for spell-out rules.
    let latinLocale: String
    let spellLocale: String?
    let spelled: SpelledNumbers?
    /// Spelled first words by their first scalar (as written lower case and capitalized).
    let firstWords: [Unicode.Scalar: [[Unicode.Scalar]]]
    let hanNumerals: ScalarSet
    /// The first scalars of spelled numbers' first words.
    let firstWordStarts: ScalarSet
    let percentAfter: [[Unicode.Scalar]]
    let percentBefore: [[Unicode.Scalar]]
    let magnitudes: [(word: [Unicode.Scalar], power: Int)]
    /// The first scalars of the magnitude and percent-before words: most places start none.
    let startsMagnitude: ScalarSet
    let startsPercentBefore: ScalarSet
    /// What joins the two numbers of a range ("to", "à", "-", "至").
    let rangeJoins: Set<[Unicode.Scalar]>
    let currenciesBefore: [(word: [Unicode.Scalar], code: String)]
    let currenciesAfter: [(word: [Unicode.Scalar], code: String)]
    let joiners: [[Unicode.Scalar]]
    let houseDecimals: ScalarSet
    /// Single letters written joined to the next word (Arabic "و", "and").
    let joinedLetters: ScalarSet
    let houseGrouping: ScalarSet

    init(facts: LanguageFacts) {
        self.facts = facts
        let base = facts.icuLanguage
        latinLocale = "\(base)@numbers=latn"
        spellLocale = facts.language.isEmpty ? nil : base
        spelled = spellLocale.map(SpelledNumbers.cached)
        var first: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for word in spelled?.firstWords ?? [] {
            for form in [word, word.prefix(1).uppercased() + word.dropFirst()] {
                let scalars = form.scalarArray
                if let c = scalars.first { first[c, default: []].append(scalars) }
            }
        }
        firstWords = first
        hanNumerals = ScalarSet(spelled?.hanNumerals ?? [])
        firstWordStarts = ScalarSet(first.keys)
        func longestFirst(_ words: [String]) -> [[Unicode.Scalar]] {
            words.map(\.scalarArray).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        let v = facts.vocabulary
        percentAfter = longestFirst(v.percentAfter)
        percentBefore = longestFirst(v.percentBefore)
        magnitudes = v.magnitudes.map { ($0.key.scalarArray, $0.value) }.sorted { $0.word.count > $1.word.count }
        startsMagnitude = ScalarSet(magnitudes.compactMap(\.word.first))
        startsPercentBefore = ScalarSet(percentBefore.compactMap(\.first))
        rangeJoins = Set((v.dateRangeWords + v.dateConjunctions + ["-", "‐", "–", "—", "‑", "至", "到"]).map(\.scalarArray))
        currenciesBefore = v.currenciesBefore.flatMap { code, words in words.map { ($0.scalarArray, code) } }.sorted { $0.word.count > $1.word.count }
        currenciesAfter = v.currenciesAfter.flatMap { code, words in words.map { ($0.scalarArray, code) } }.sorted { $0.word.count > $1.word.count }
        joiners = longestFirst(v.currencyJoiners)
        houseDecimals = ScalarSet(v.decimalSeparators.compactMap(\.unicodeScalars.first))
        joinedLetters = ScalarSet(v.wordPrefixes.filter { $0.unicodeScalars.count == 1 }.compactMap(\.unicodeScalars.first))
        houseGrouping = ScalarSet(v.groupingSeparators.compactMap(\.unicodeScalars.first))
    }

    struct Found {
        var kind: Fact.Kind
        var range: Range<Int>
        var value: String
        var spelled = false
    }

    func scan(_ s: [Unicode.Scalar], taken: [Bool]) -> [Found] {
        var found: [Found] = []
        var boundaries: Set<Int>?  // ICU word boundaries, computed for Han text only when needed
        var i = 0
        while i < s.count {
            let c = s[i]
            if taken[i] { i += 1; continue }
            // Chinese "百分之七十": the percent word comes first.
            if startsPercentBefore.contains(c), let word = percentBefore.first(where: { matches(s, i, $0, taken) }), let number = number(s, at: i + word.count, taken: taken, boundaries: &boundaries) {
                found.append(Found(kind: .percent, range: i..<number.end, value: number.value, spelled: number.spelled))
                i = number.end
                continue
            }
            let startsWord = i == 0 || !ScalarClass.isAlphabetic(s[i - 1])
            // A magnitude word with no number before it is one of it: "per 1 million people" is
            // "لكل مليون شخص", "por millón de habitantes". In words, so it only ever matches.
            if startsWord, startsMagnitude.contains(c), ScalarClass.isAlphabetic(c), !ScalarClass.isHan(c),
               let m = magnitudes.first(where: { matches(s, i, $0.word, taken) }) {
                found.append(Found(kind: .number, range: i..<(i + m.word.count), value: Self.scaled("1", by: m.power), spelled: true))
                i += m.word.count
                continue
            }
            // Arabic joins "and" to the next word: "الرابعة عشرة والخامسة عشرة" (the fourteenth and the fifteenth).
            if startsWord, let prefix = joinedPrefix(s, at: i), let number = words(s, at: i + prefix, taken: taken), !number.skip {
                found.append(Found(kind: number.kind, range: (i + prefix)..<number.end, value: number.value, spelled: true))
                i = number.end
                continue
            }
            guard ScalarClass.isDigit(c) && (i == 0 || !SymbolGrammar.isASCIILetter(s[i - 1]) && !ScalarClass.isDigit(s[i - 1]))
                || hanNumerals.contains(c) || (startsWord && firstWordStarts.contains(c)) else { i += 1; continue }
            guard let number = number(s, at: i, taken: taken, boundaries: &boundaries) else {
                // Past the rest of a word that is no number (not into digits or Han numerals).
                let inWord = ScalarClass.isAlphabetic(c) && !hanNumerals.contains(c)
                i += 1
                while inWord, i < s.count, ScalarClass.isAlphabetic(s[i]), !hanNumerals.contains(s[i]) { i += 1 }
                continue
            }
            var end = number.end
            if number.kind == .ordinal || number.skip {
                // A digit ordinal ("7370th", "23e", "23-й") states its number in digits, as
                // "الجلسة 7370" and "第7370次" do: a number; a spelled one ("second") an ordinal.
                if number.kind == .ordinal { found.append(Found(kind: number.spelled ? .ordinal : .number, range: i..<end, value: number.value, spelled: number.spelled)) }
                i = end
                continue
            }
            // Qualifiers after: percent; or magnitude, then currency.
            var k = skipSpaces(s, end)
            if let word = percentAfter.first(where: { matches(s, k, $0, taken) }) {
                found.append(Found(kind: .percent, range: i..<(k + word.count), value: number.value, spelled: number.spelled))
                i = k + word.count
                continue
            }
            var value = number.value
            if let m = magnitudes.first(where: { matches(s, k, $0.word, taken) }) {
                value = Self.scaled(value, by: m.power)
                end = k + m.word.count
                k = skipSpaces(s, end)
            }
            var currency: String?
            var start = i
            if let (code, before) = currencyBefore(s, i) { currency = code; start = before }
            var afterJoiner = k
            if let joiner = joiners.first(where: { matches(s, k, $0, taken) }) { afterJoiner = skipSpaces(s, k + joiner.count) }
            for position in [k, afterJoiner] {
                if let c = currenciesAfter.first(where: { matches(s, position, $0.word, taken) }) {
                    currency = currency ?? c.code
                    end = position + c.word.count
                    break
                }
            }
            if let currency {
                found.append(Found(kind: .amount, range: start..<end, value: "\(currency) \(value)", spelled: number.spelled))
            } else {
                found.append(Found(kind: .number, range: i..<end, value: value, spelled: number.spelled))
            }
            i = end
        }
        return percentRanges(found, s)
    }

    /// "0.15 to 0.20 per cent", "0,15 à 0,20 %", "0.15-0.20%": the first number of
    /// a range of percentages is a percentage too (other languages repeat the sign).
    private func percentRanges(_ found: [Found], _ s: [Unicode.Scalar]) -> [Found] {
        var found = found
        for k in found.indices.dropLast() where found[k].kind == .number && found[k + 1].kind == .percent {
            let between = s[found[k].range.upperBound..<found[k + 1].range.lowerBound].filter { !ScalarClass.isWhitespace($0) && $0 != "\u{00A0}" && $0 != "\u{202F}" }
            if rangeJoins.contains(Array(between)) { found[k].kind = .percent }
        }
        return found
    }

    // MARK: One number

    struct Number {
        var kind: Fact.Kind
        var value: String
        var end: Int
        /// Read, but no fact (a spelled 1, a compound adjective).
        var skip = false
        /// In words or Han numerals.
        var spelled = false
    }

    private func number(_ s: [Unicode.Scalar], at i: Int, taken: [Bool], boundaries: inout Set<Int>?) -> Number? {
        guard i < s.count, !taken[i] else { return nil }
        if ScalarClass.isDigit(s[i]) { return digits(s, at: i, taken: taken) }
        if hanNumerals.contains(s[i]) { return han(s, at: i, taken: taken, boundaries: &boundaries) }
        return words(s, at: i, taken: taken)
    }

    private func digits(_ s: [Unicode.Scalar], at i: Int, taken: [Bool]) -> Number? {
        var runEnd = i
        while runEnd < s.count, ScalarClass.isDigit(s[runEnd]), !taken[runEnd] { runEnd += 1 }
        var value = Self.plainDigits(s[i..<runEnd])
        var end = runEnd
        // ICU reads separators ("1 000", "0,7"); a run of digits that no separator and digit
        // follow ("2030", "12") is its digits, without asking ICU.
        let separated = runEnd + 1 < s.count && ScalarClass.isDigit(s[runEnd + 1])
        if separated, let locale = digitLocale(s[i]), let parsed = try? NumberParser(locale: locale).parse(s[i..<min(s.count, i + 48)]) {
            var e = i + parsed.length
            while e > runEnd, !ScalarClass.isDigit(s[e - 1]) { e -= 1 }
            if e > runEnd, (i..<e).allSatisfy({ !taken[$0] }), LocaleSeparators.cached(locale).isWellFormed(s[i..<e]) {
                value = parsed.value
                end = e
            }
        }
        if end == runEnd, let house = houseSeparated(s, from: i, runEnd: runEnd, taken: taken) {
            value = house.value
            end = house.end
        }
        if FactExtractor.isOrdinalSuffix(s, at: end) {
            // "23rd", "23-й": an ordinal; "10-Year", "10-day": a compound adjective.
            if end < s.count, ScalarClass.isHyphen(s[end]) {
                var k = end + 1
                while k < s.count, ScalarClass.isAlphabetic(s[k]) { k += 1 }
                let cyrillic = (0x0400...0x04FF).contains(s[end + 1].value)
                if !(cyrillic && k - end - 1 <= 3) { return Number(kind: .number, value: value, end: k, skip: true) }
            }
            return Number(kind: .ordinal, value: value, end: end)
        }
        return Number(kind: .number, value: value, end: end)
    }

    /// Han numerals from an ICU word boundary ("发展中" holds no numeral word):
    /// "二十四", "一九四二", "第二" (ordinal), "一千亿".
    private func han(_ s: [Unicode.Scalar], at i: Int, taken: [Bool], boundaries: inout Set<Int>?) -> Number? {
        if boundaries == nil { boundaries = Set((try? WordBreaks(locale: "zh").boundaries(in: s)) ?? []) }
        guard boundaries!.contains(i), spellLocale != nil else { return nil }
        var j = i
        while j < s.count, hanNumerals.contains(s[j]), !taken[j], j - i < 24 { j += 1 }
        guard let parsed = spelled?.readHan(s[i..<j]), parsed.length > 0 else { return nil }
        let end = i + parsed.length
        if s[i] == "第" { return Number(kind: .ordinal, value: parsed.value, end: end, spelled: true) }
        // A lone 一 or 两 is "a", "one", "both" as often as a number.
        return Number(kind: .number, value: parsed.value, end: end, skip: parsed.length == 1 && (parsed.value == "1" || s[i] == "两"), spelled: true)
    }

    /// A number in words from a word start, ending at a word end.
    private func words(_ s: [Unicode.Scalar], at i: Int, taken: [Bool]) -> Number? {
        guard let spelled, let spellLocale, let candidates = firstWords[s[i]],
              candidates.contains(where: { w in w.count <= s.count - i && s[i..<(i + w.count)].elementsEqual(w)
                  && (i + w.count == s.count || !ScalarClass.isAlphabetic(s[i + w.count])) }) else { return nil }
        var window = Array(s[i..<min(s.count, i + 64)])
        if let lower = window.first.map({ String($0).lowercased().scalarArray }), lower.count == 1 { window[0] = lower[0] }
        let parsed: ParsedNumber
        if let known = Self.spelledForm(window, in: spelled) {
            parsed = known
        } else {
            guard let read = try? SpellOutParser(locale: spellLocale).parse(window) else { return nil }
            parsed = read
        }
        var length = parsed.length
        while length > 0, !ScalarClass.isAlphabetic(window[length - 1]) { length -= 1 }
        let end = i + length
        guard length > 0, end == s.count || !ScalarClass.isAlphabetic(s[end]), (i..<end).allSatisfy({ !taken[$0] }) else { return nil }
        let text = String(scalars: window[..<length])
        if end + 1 < s.count, ScalarClass.isHyphen(s[end]), ScalarClass.isAlphabetic(s[end + 1]) {
            var k = end + 1
            while k < s.count, ScalarClass.isAlphabetic(s[k]) { k += 1 }
            return Number(kind: .number, value: parsed.value, end: k, skip: true)  // "ten-year"
        }
        if spelled.ordinalForms.contains(text) { return Number(kind: .ordinal, value: parsed.value, end: end, spelled: true) }
        return Number(kind: .number, value: parsed.value, end: end, skip: spelled.cardinalOnes.contains(text), spelled: true)
    }

    /// A number in the separators of `facts.yaml` that ICU's locale lacks: after a first
    /// run of one to three digits, groups of exactly three ("1 000"); then a decimal
    /// separator with other than three digits after it ("0,7", "0,20"; "1,000" is a group).
    private func houseSeparated(_ s: [Unicode.Scalar], from i: Int, runEnd: Int, taken: [Bool]) -> (value: String, end: Int)? {
        guard !houseDecimals.isEmpty || !houseGrouping.isEmpty else { return nil }
        func run(from k: Int) -> Int {
            var e = k
            while e < s.count, ScalarClass.isDigit(s[e]), !taken[e] { e += 1 }
            return e
        }
        var integer = Self.plainDigits(s[i..<runEnd]), end = runEnd
        if runEnd - i <= 3 {
            while end + 1 < s.count, houseGrouping.contains(s[end]), !taken[end] {
                let groupEnd = run(from: end + 1)
                guard groupEnd - end - 1 == 3 else { break }
                integer += String(s[(end + 1)..<groupEnd].map { Character(String(ScalarClass.digitValue($0) ?? 0)) })
                end = groupEnd
            }
        }
        if end + 1 < s.count, houseDecimals.contains(s[end]), !taken[end] {
            let fractionEnd = run(from: end + 1)
            if fractionEnd > end + 1, fractionEnd - end - 1 != 3 {
                var fraction = String(s[(end + 1)..<fractionEnd].map { Character(String(ScalarClass.digitValue($0) ?? 0)) })
                while fraction.last == "0" { fraction.removeLast() }
                if !fraction.isEmpty { integer += ".\(fraction)" }
                end = fractionEnd
            }
        }
        return end > runEnd ? (integer, end) : nil
    }

    // MARK: Helpers

    /// The length of a letter joined to the front of a word (`facts.yaml` `wordPrefixes`: Arabic و ف ب ل ك)
    /// when a spelled number's first word follows it; nil otherwise.
    private func joinedPrefix(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard !joinedLetters.isEmpty, joinedLetters.contains(s[i]), i + 1 < s.count, firstWordStarts.contains(s[i + 1]) else { return nil }
        return 1
    }

    /// A number as ICU spells it ("dix", "vingt et un", "twenty-one", "الخامسة عشرة"), read from
    /// the table of its forms instead of by ICU's spell-out parse, which tries every rule set
    /// (articles such as "un" and "une" stand in every French sentence): the longest run of
    /// number words from the window's start that the table has, when no number word but a
    /// joining one ("et", "and") follows it. Nil where only ICU can tell ("one hundred twenty").
    static func spelledForm(_ window: [Unicode.Scalar], in spelled: SpelledNumbers) -> ParsedNumber? {
        var key = "", best: ParsedNumber?, k = 0
        var trailing = false  // a number word after the best match
        while k < window.count {
            var end = k
            while end < window.count, ScalarClass.isAlphabetic(window[end]) { end += 1 }
            guard end > k else { break }
            let word = String(scalars: window[k..<end]).lowercased()
            guard spelled.allWords.contains(word) else { break }
            key += key.isEmpty ? word : " " + word
            if let value = spelled.forms[key] {
                best = ParsedNumber(value: value, length: end)
                trailing = false
            } else if spelled.forms[word] != nil || spelled.firstWords.contains(word) {
                trailing = true
            }
            guard end < window.count, window[end] == " " || ScalarClass.isHyphen(window[end]) || window[end] == "\u{00AD}" else { break }
            k = end + 1
        }
        return trailing ? nil : best
    }

    /// The ICU locale reading a digit's script: Latin, Arabic-Indic or Extended Arabic-Indic.
    private func digitLocale(_ c: Unicode.Scalar) -> String? {
        switch c.value {
        case 0x30...0x39: latinLocale
        case 0x660...0x669: "\(facts.icuLanguage)@numbers=arab"
        case 0x6F0...0x6F9: "\(facts.icuLanguage)@numbers=arabext"
        default: nil
        }
    }

    static func plainDigits(_ digits: ArraySlice<Unicode.Scalar>) -> String {
        let text = String(digits.map { Character(String(ScalarClass.digitValue($0) ?? 0)) }).drop { $0 == "0" }
        return text.isEmpty ? "0" : String(text)
    }

    /// `value` × 10^power, exactly, in plain decimal notation.
    static func scaled(_ value: String, by power: Int) -> String {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        let shift = min(power, fraction.count)
        integer += fraction.prefix(shift)
        fraction = String(fraction.dropFirst(shift))
        integer += String(repeating: "0", count: power - shift)
        integer = String(integer.drop { $0 == "0" })
        if integer.isEmpty { integer = "0" }
        return fraction.isEmpty ? integer : "\(integer).\(fraction)"
    }

    private func skipSpaces(_ s: [Unicode.Scalar], _ k: Int) -> Int {
        var k = k
        while k < s.count, ScalarClass.isWhitespace(s[k]) || s[k] == "\u{00A0}" || s[k] == "\u{202F}" { k += 1 }
        return k
    }

    /// Equal, or both hyphens: "États‐Unis" (U+2010) is "États-Unis".
    private static func sameLetter(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        a == b || ScalarClass.isHyphen(a) && ScalarClass.isHyphen(b)
    }

    /// `word` at `k`, untaken, and not the start of a longer word.
    private func matches(_ s: [Unicode.Scalar], _ k: Int, _ word: [Unicode.Scalar], _ taken: [Bool]) -> Bool {
        guard k + word.count <= s.count, s[k..<(k + word.count)].elementsEqual(word, by: Self.sameLetter), !taken[k] else { return false }
        let end = k + word.count
        return end == s.count || !(ScalarClass.isAlphabetic(word[word.count - 1]) && ScalarClass.isAlphabetic(s[end])) || hanNumerals.contains(word[0]) || ScalarClass.isHan(word[0])
    }

    /// A currency symbol or word just before a number ("$100", "US$ 5"): its code and start.
    private func currencyBefore(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var k = i
        while k > 0, s[k - 1] == " " || s[k - 1] == "\u{00A0}" || s[k - 1] == "\u{202F}" { k -= 1 }
        for (word, code) in currenciesBefore where k >= word.count && s[(k - word.count)..<k].elementsEqual(word) {
            let start = k - word.count
            if start > 0, ScalarClass.isAlphabetic(word[0]), ScalarClass.isAlphabetic(s[start - 1]) { continue }
            return (code, start)
        }
        return nil
    }
}

/// A locale's decimal and grouping separators (from ICU's own formatting of
/// 1234 and 0.5), to accept only numbers written in them: ICU reads
/// "2019 100" as 2019100 in English, a space being a grouping separator it
/// tolerates; UN text means two numbers there.
struct LocaleSeparators: Sendable {
    let decimal: Unicode.Scalar?
    let grouping: Unicode.Scalar?

    init(locale: String) {
        func separator(_ text: String?) -> Unicode.Scalar? { text?.unicodeScalars.first { !ScalarClass.isDigit($0) } }
        grouping = separator(try? NumberFormat(locale: locale).format(1234))
        decimal = separator(try? NumberFormat(locale: locale).format(0.5, fractionDigits: 1))
    }

    private static func isSpace(_ c: Unicode.Scalar?) -> Bool { c == " " || c == "\u{00A0}" || c == "\u{202F}" }

    /// Digits with this locale's separators: groups of three after a first of one to three.
    func isWellFormed(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var groups: [Int] = [0]
        var sawDecimal = false
        for c in s {
            if ScalarClass.isDigit(c) { if !sawDecimal { groups[groups.count - 1] += 1 }; continue }
            if c == decimal, !sawDecimal { sawDecimal = true; continue }
            guard !sawDecimal, c == grouping || (Self.isSpace(c) && Self.isSpace(grouping)) else { return false }
            groups.append(0)
        }
        guard groups.count > 1 else { return true }
        return (1...3).contains(groups[0]) && groups.dropFirst().allSatisfy { $0 == 3 }
    }

    private static let memo = BoundedMemo<String, LocaleSeparators>(limit: 32)

    static func cached(_ locale: String) -> LocaleSeparators {
        memo.value(for: locale, make: LocaleSeparators.init(locale:))
    }
}
