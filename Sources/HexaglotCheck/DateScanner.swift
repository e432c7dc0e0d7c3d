import Foundation
import HexaglotICU
import HexaglotModel
import HexaglotTree

/// Finds dates, months and date ranges in the styles the six languages write
/// them, and gives each its language-neutral value: "2019年11月6日至8日",
/// "6–8 November 2019", "6 a 8 de noviembre de 2019", "6-8 ноября 2019 года" and
/// "6-8 تشرين الثاني/نوفمبر 2019" are all "2019-11-06/2019-11-08".
///
/// Month names come from ICU (format and stand-alone forms) in the locales
/// the language's `locale.yaml` formats dates with (for Arabic both the
/// Levantine and the Egyptian names, which UN Arabic writes together), with
/// the UN replacements of its date styles applied (يونيه, يوليه). The
/// joining words ("de", "года", "to") come from `facts.yaml`. Chinese dates
/// are read by 年, 月 and 日 after digits or Han numerals ("一九四二年一月一日").
/// The scanner then reads day, month and year tokens in the orders UN
/// documents use, skipping the words that join them.
struct DateScanner: Sendable {
    let language: String
    /// Month names by their first scalar, longest first.
    let months: [Unicode.Scalar: [(name: [Unicode.Scalar], month: Int)]]
    /// The joining words packed (see `packed`), and longer ones by text.
    private let joiningWords: [UInt64: Joining]
    private let longJoiningWords: [String: Joining]
    /// Whether Chinese 年/月/日 dates are read, and the Han numerals they may use.
    private let readsChinese: Bool
    private let hanNumerals: ScalarSet
    /// Chinese spelled forms, to read a date part without ICU's parse where they have it.
    private let chineseForms: SpelledNumbers?

    init(language: String) {
        self.init(facts: FactKnowledge.standard.facts(for: language))
    }

    init(facts: LanguageFacts) {
        self.language = facts.language
        var names: [String: Int] = [:]
        func add(_ name: String, _ month: Int) {
            // Chinese months are numbers before 月, read as such.
            guard !name.isEmpty, !name.unicodeScalars.contains(where: { ScalarClass.isDigit($0) || ScalarClass.isHan($0) }) else { return }
            names[name] = month
            names[name.lowercased()] = month
            if let first = name.first { names[first.uppercased() + name.dropFirst()] = month }
        }
        for locale in facts.monthLocales {
            for month in 1...12 {
                let day = CivilDate(year: 2001, month: month, day: 1)!
                for pattern in ["MMMM", "LLLL"] {
                    guard let name = try? DateFormat.pattern(pattern, locale: locale).format(day) else { continue }
                    add(name, month)
                    // UN house style over CLDR (Locales/ar/locale.yaml: يونيو → يونيه).
                    let replaced = facts.monthReplacements.reduce(name) { $0.replacingOccurrences(of: $1.from, with: $1.to) }
                    add(replaced, month)
                }
            }
        }
        // Cases ICU does not give (Locales/ru/facts.yaml: prepositional "апреле").
        for names in facts.vocabulary.monthCases.values {
            for (index, name) in names.enumerated() { add(name, index + 1) }
        }
        // Longest first, so that "تشرين الثاني" wins over a shorter name it contains.
        let sorted = names.map { (name: $0.key.scalarArray, month: $0.value) }.sorted {
            $0.name.count != $1.name.count ? $0.name.count > $1.name.count : String(scalars: $0.name) < String(scalars: $1.name)
        }
        months = Dictionary(grouping: sorted.filter { !$0.name.isEmpty }, by: { $0.name[0] })
        var packedTable: [UInt64: Joining] = [:], longTable: [String: Joining] = [:]
        let v = facts.vocabulary
        for (words, joining) in [(v.dateRangeWords, Joining.separator), (v.dateConjunctions, .conjunction), (v.dateFillers, .filler)] {
            for word in words {
                for form in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                    if let key = Self.packed(form.scalarArray[...]) { packedTable[key] = joining } else { longTable[form] = joining }
                }
            }
        }
        joiningWords = packedTable
        longJoiningWords = longTable
        readsChinese = language == "zh" || language.isEmpty
        chineseForms = readsChinese ? SpelledNumbers.cached("zh") : nil
        hanNumerals = ScalarSet(chineseForms?.hanNumerals ?? [])
    }

    struct Found {
        var range: Range<Int>
        var value: String
    }

    enum Kind: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        case separator
        /// "y", "and", "et", "и": joins two consecutive days ("17 y 18 de noviembre").
        case conjunction
        case zhYear(Int), zhMonth(Int), zhDay(Int)
        case other
    }

    struct Token {
        var kind: Kind
        var range: Range<Int>
    }

    func scan(_ s: [Unicode.Scalar], taken: [Bool]) -> [Found] {
        // Every date has a number, in digits or Han numerals.
        guard s.contains(where: { ScalarClass.isDigit($0) || readsChinese && hanNumerals.contains($0) }) else { return [] }
        let tokens = tokenize(s, taken: taken)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            if let (value, next) = match(tokens, i) {
                found.append(Found(range: tokens[i].range.lowerBound..<tokens[next - 1].range.upperBound, value: value))
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Tokens

    // Switches, not sets: these are asked of every scalar, and a set hashes each time.
    private static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c { case "–", "-", "—", "‑", "‐", "至": true; default: false }  // 至: Chinese "to"
    }
    private enum Joining { case separator, conjunction, filler }

    /// Up to four BMP scalars in one integer; nil for a longer word (no joining word is longer).
    private static func packed(_ word: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard word.count <= 4 else { return nil }
        var key: UInt64 = 0
        for c in word {
            guard c.value <= 0xFFFF else { return nil }
            key = key << 16 | UInt64(c.value)
        }
        return key
    }

    private static func isFiller(_ c: Unicode.Scalar) -> Bool {
        switch c { case ",", "،", ".", "\u{200F}", "\u{200E}", "\u{061C}", "/": true; default: false }
    }

    private func tokenize(_ s: [Unicode.Scalar], taken: [Bool]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if taken[i] { tokens.append(Token(kind: .other, range: i..<(i + 1))); i += 1; continue }
            if ScalarClass.isWhitespace(c) || Self.isFiller(c) { i += 1; continue }
            if FactExtractor.isDigit(c) {
                var j = i, value = 0
                while j < s.count, FactExtractor.isDigit(s[j]), !taken[j] { value = value &* 10 &+ FactExtractor.digit(s[j]); j += 1 }
                let digits = j - i
                if j < s.count, language == "zh" || language == "" {
                    switch s[j] {
                    case "年": tokens.append(Token(kind: .zhYear(value), range: i..<(j + 1))); i = j + 1; continue
                    case "月": tokens.append(Token(kind: .zhMonth(value), range: i..<(j + 1))); i = j + 1; continue
                    case "日": tokens.append(Token(kind: .zhDay(value), range: i..<(j + 1))); i = j + 1; continue
                    default: break
                    }
                }
                // French "1er" and Spanish "1º" are days in a date ("1er-3 décembre 2019").
                if let end = Self.firstOfMonthSuffix(s, at: j) {
                    tokens.append(Token(kind: .number(value, digits: digits), range: i..<end))
                    i = end
                    continue
                }
                tokens.append(Token(kind: FactExtractor.isOrdinalSuffix(s, at: j) ? .other : .number(value, digits: digits), range: i..<j))
                i = j
                continue
            }
            if readsChinese, hanNumerals.contains(c), let token = hanDatePart(s, at: i, taken: taken) {
                tokens.append(token)
                i = token.range.upperBound
                continue
            }
            if Self.isSeparator(c) { tokens.append(Token(kind: .separator, range: i..<(i + 1))); i += 1; continue }
            if ScalarClass.isAlphabetic(c), i == 0 || !ScalarClass.isAlphabetic(s[i - 1]),
               let (month, length) = monthName(s, at: i) {
                tokens.append(Token(kind: .month(month), range: i..<(i + length)))
                i += length
                continue
            }
            if ScalarClass.isAlphabetic(c) {
                // Han numerals are letters too: a word of Han text ends before one
                // ("联合国大会一九四八年十二月十日", the UDHR's Chinese).
                var j = i + 1
                while j < s.count, ScalarClass.isAlphabetic(s[j]), !(readsChinese && hanNumerals.contains(s[j])) { j += 1 }
                let joining = Self.packed(s[i..<j]).map { joiningWords[$0] } ?? (longJoiningWords.isEmpty ? nil : longJoiningWords[String(scalars: s[i..<j])])
                switch joining {
                case .separator: tokens.append(Token(kind: .separator, range: i..<j))
                case .conjunction: tokens.append(Token(kind: .conjunction, range: i..<j))
                case .filler: break
                case nil: tokens.append(Token(kind: .other, range: i..<j))
                }
                i = j
                continue
            }
            tokens.append(Token(kind: .other, range: i..<(i + 1)))
            i += 1
        }
        return mergingDualMonths(tokens)
    }

    /// "一九四二年", "一月", "二十四日": Han numerals (ICU's zh spell-out rules read
    /// them, a year digit by digit) before 年, 月 or 日.
    private func hanDatePart(_ s: [Unicode.Scalar], at i: Int, taken: [Bool]) -> Token? {
        var j = i
        while j < s.count, hanNumerals.contains(s[j]), !taken[j] { j += 1 }
        // 年, 月 or 日 first: Han numerals stand in many words ("一些", "统一"), and a parse costs.
        guard j < s.count, j - i <= 8, s[j] == "年" || s[j] == "月" || s[j] == "日",
              let parsed = chineseForms?.readHan(s[i..<j]),
              parsed.length == j - i, let value = Int(parsed.value) else { return nil }
        switch s[j] {
        case "年": return Token(kind: .zhYear(value), range: i..<(j + 1))
        case "月": return Token(kind: .zhMonth(value), range: i..<(j + 1))
        case "日": return Token(kind: .zhDay(value), range: i..<(j + 1))
        default: return nil
        }
    }

    private static func firstOfMonthSuffix(_ s: [Unicode.Scalar], at j: Int) -> Int? {
        for suffix in ["er", "º", "°", ".º"] {
            let u = suffix.scalarArray
            if s.count - j >= u.count, s[j..<(j + u.count)].elementsEqual(u), j + u.count == s.count || !ScalarClass.isAlphabetic(s[j + u.count]) {
                return j + u.count
            }
        }
        return nil
    }

    private func monthName(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        for (name, month) in months[s[i]] ?? [] where s.count - i >= name.count && s[i..<(i + name.count)].elementsEqual(name) {
            let end = i + name.count
            if end < s.count, ScalarClass.isAlphabetic(s[end]) { continue }
            return (month, name.count)
        }
        return nil
    }

    /// "شباط/فبراير": two names of one month written together are one token.
    private func mergingDualMonths(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        for token in tokens {
            if case .month(let m) = token.kind, let last = result.last, case .month(let n) = last.kind, m == n {
                result[result.count - 1].range = last.range.lowerBound..<token.range.upperBound
            } else {
                result.append(token)
            }
        }
        return result
    }

    // MARK: Grammar

    private func match(_ t: [Token], _ i: Int) -> (String, Int)? {
        func kind(_ k: Int) -> Kind? { k < t.count ? t[k].kind : nil }
        func day(_ k: Int) -> Int? { if case .number(let d, let n)? = kind(k), n <= 2, (1...31).contains(d) { d } else { nil } }
        func year(_ k: Int) -> Int? { if case .number(let y, 4)? = kind(k) { y } else { nil } }
        func month(_ k: Int) -> Int? { if case .month(let m)? = kind(k) { m } else { nil } }
        func sep(_ k: Int) -> Bool { kind(k) == .separator }
        func conjunction(_ k: Int) -> Bool { kind(k) == .conjunction }
        func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate? { CivilDate(year: y, month: m, day: d) }
        func range(_ a: CivilDate?, _ b: CivilDate?) -> String? {
            guard let a, let b, a <= b else { return nil }
            return "\(a.iso)/\(b.iso)"
        }

        // Chinese: 2019年11月6日[至[2019年][11月]8日], 2019年8月.
        if case .zhYear(let y)? = kind(i), case .zhMonth(let m)? = kind(i + 1) {
            guard case .zhDay(let d)? = kind(i + 2) else {
                return CivilDate(year: y, month: m, day: 1) != nil ? (Self.month(y, m), i + 2) : nil
            }
            var k = i + 3
            if sep(k) {
                k += 1
                var y2 = y, m2 = m
                if case .zhYear(let v)? = kind(k) { y2 = v; k += 1 }
                if case .zhMonth(let v)? = kind(k) { m2 = v; k += 1 }
                if case .zhDay(let d2)? = kind(k), let value = range(date(y, m, d), date(y2, m2, d2)) { return (value, k + 1) }
            }
            return date(y, m, d).map { ($0.iso, i + 3) }
        }
        // d1–d2 Month y; also "17 y 18 de noviembre", "17 and 18 November" for two days
        if let d1 = day(i), sep(i + 1) || conjunction(i + 1), let d2 = day(i + 2), let m = month(i + 3), let y = year(i + 4),
           let value = range(date(y, m, d1), date(y, m, d2)) {
            return (value, i + 5)
        }
        // d1 Month1 – d2 Month2 y
        if let d1 = day(i), let m1 = month(i + 1), sep(i + 2), let d2 = day(i + 3), let m2 = month(i + 4), let y = year(i + 5),
           let value = range(date(y, m1, d1), date(y, m2, d2)) {
            return (value, i + 6)
        }
        // d1 Month1 y1 – d2 Month2 y2
        if let d1 = day(i), let m1 = month(i + 1), let y1 = year(i + 2), sep(i + 3), let d2 = day(i + 4), let m2 = month(i + 5),
           let y2 = year(i + 6), let value = range(date(y1, m1, d1), date(y2, m2, d2)) {
            return (value, i + 7)
        }
        // d Month y
        if let d = day(i), let m = month(i + 1), let y = year(i + 2), let value = date(y, m, d) {
            return (value.iso, i + 3)
        }
        // Month y
        if let m = month(i), let y = year(i + 1) {
            return (Self.month(y, m), i + 2)
        }
        return nil
    }

    private static func month(_ y: Int, _ m: Int) -> String {
        "\(y)-" + (m < 10 ? "0\(m)" : "\(m)")
    }
}
