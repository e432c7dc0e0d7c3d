import HexaglotICU
import HexaglotTree

/// Headings named by a word and a number, as the six languages print them:
/// "Article 24" / "Article premier" / "Artículo 24" / "Статья 24" / "المادة 24" /
/// "第二十四条"; "Chapter IV" / "الفصل الرابع" / "第四章"; "Annex II" / "附件二";
/// "Goal 1" / "目标1"; "Preamble" / "序言" / "الديباجة".
/// Sources: the Charter of the United Nations and the Universal Declaration of
/// Human Rights in the six languages (un.org), and A/RES/70/1 for goals.
enum DivisionWords {
    /// A word before the number ("Article 24").
    static let prefixed: [(words: [String], kind: DivisionKind)] = [
        (["Article", "Artículo", "Статья", "المادة"], .article),
        (["Chapter", "Chapitre", "Capítulo", "Глава", "الفصل"], .chapter),
        (["Part", "Partie", "Parte", "Часть", "الجزء"], .part),
        (["Annex", "Annexe", "Anexo", "Приложение", "المرفق"], .annex),
        (["Section", "Sección", "Раздел", "الفرع"], .section),
        (["Goal", "Objectif", "Objetivo", "Цель", "الهدف", "目标"], .goal),
    ]

    /// Chinese: 第 + numeral + a word after it (第二十四条, 第四章, 第一部分, 第二节); 附件 + numeral.
    static let chineseSuffixes: [(word: String, kind: DivisionKind)] = [
        ("条", .article), ("章", .chapter), ("部分", .part), ("节", .section),
    ]

    /// Headings with no number.
    static let unnumbered: [(words: [String], kind: DivisionKind)] = [
        (["Preamble", "Préambule", "Preámbulo", "Преамбула", "الديباجة", "序言"], .preamble),
    ]

    /// The Arabic ordinal adverbs UN Arabic documents number sections with (أولاً -).
    static let arabicSectionWords = ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"]

    /// The words above in lower case, for one look-up per line.
    private static let prefixedKinds = kinds(prefixed)
    private static let unnumberedKinds = kinds(unnumbered)
    /// Longer than any heading word: a longer first word is looked up no further.
    private static let longestWord = 12

    private static func kinds(_ table: [(words: [String], kind: DivisionKind)]) -> [String: DivisionKind] {
        Dictionary(table.flatMap { entry in entry.words.map { ($0.lowercased(), entry.kind) } }, uniquingKeysWith: { first, _ in first })
    }

    static func match(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        chinese(s, start) ?? prefixedWord(s, start) ?? unnumberedWord(s, start)
    }

    /// The value of a numeral written as a word: 一 … 九千九百九十九, أولاً …; nil for anything else.
    static func numeralValue(_ word: String) -> Int? {
        chineseValue(word) ?? arabicSectionValue(word)
    }

    /// Chinese numerals (一, 二十四, 一百一十), read by ICU's rule-based spell-out.
    static func chineseValue(_ word: String) -> Int? {
        guard !word.isEmpty, word.unicodeScalars.allSatisfy(isChineseNumeral) else { return nil }
        return spelledValue(word, locale: "zh")
    }

    /// An ordinal spelled after a heading word: French "premier", Spanish "primero",
    /// Arabic "الأول", "الرابعة" (the whole word, or nothing).
    static func ordinalValue(_ word: String) -> Int? {
        let lower = word.lowercased()
        let arabic = lower.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        for locale in arabic ? ["ar"] : ["fr", "es"] {
            if let value = spelledValue(lower, locale: locale) { return value }
        }
        return nil
    }

    /// A whole word read by ICU's spell-out rules of `locale` (every rule set: cardinal, ordinal, each gender).
    private static func spelledValue(_ word: String, locale: String) -> Int? {
        guard let parsed = try? SpellOutParser(locale: locale).parse(word), parsed.length == word.unicodeScalars.count else { return nil }
        return Int(parsed.value)
    }

    /// The scalars Chinese numerals are written with: 〇 零 一 … 九 两 十 百 千.
    static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        "〇零一二两三四五六七八九十百千".unicodeScalars.contains(c)
    }

    static func arabicSectionValue(_ word: String) -> Int? {
        let bare = word.unicodeScalars.filter { $0 != "\u{064B}" }  // tanween fath, often left out
        return arabicSectionWords.firstIndex { String(scalars: $0.unicodeScalars.filter { $0 != "\u{064B}" }) == String(scalars: bare) }.map { $0 + 1 }
    }

    // MARK: Patterns

    private static func chinese(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        if s[start] == "第" {
            var i = start + 1
            while i < s.count, isChineseNumeral(s[i]) || LabelRecognizer.digitValue(s[i]) != nil, i - start < 12 { i += 1 }
            let numeral = String(scalars: s[(start + 1)..<i])
            guard i > start + 1, let value = chineseValue(numeral) ?? LabelRecognizer.decimalValue(numeral) else { return nil }
            for (word, kind) in chineseSuffixes where s.count - i >= word.unicodeScalars.count
                && s[i..<(i + word.unicodeScalars.count)].elementsEqual(word.unicodeScalars) {
                let end = i + word.unicodeScalars.count
                return worded(kind, value, scheme: .word, style: "第#" + word, s, start, end)
            }
            return nil
        }
        for (word, kind) in [("附件", DivisionKind.annex), ("目标", .goal)] where s.count - start > 2
            && s[start..<(start + 2)].elementsEqual(word.unicodeScalars) {
            var i = start + 2
            while i < s.count, isChineseNumeral(s[i]) || LabelRecognizer.digitValue(s[i]) != nil { i += 1 }
            let digits = String(scalars: s[(start + 2)..<i])
            guard let value = chineseValue(digits) ?? LabelRecognizer.decimalValue(digits) else { return nil }
            return worded(kind, value, scheme: .word, style: word + "#", s, start, i)
        }
        return nil
    }

    private static func prefixedWord(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        var i = start
        while i < s.count, ScalarClass.isAlphabetic(s[i]) { i += 1 }
        guard i > start, i - start <= longestWord, i < s.count, LabelRecognizer.isSpace(s[i]) else { return nil }
        let word = String(scalars: s[start..<i])
        guard let kind = prefixedKinds[word.lowercased()] else { return nil }
        let numberStart = LabelRecognizer.skipSpaces(s, i)
        var j = numberStart
        while j < s.count, !LabelRecognizer.isSpace(s[j]), s[j] != ".", s[j] != ":" { j += 1 }
        let numberWord = String(scalars: s[numberStart..<j])
        var end = j
        let value: Int
        let scheme: NumberScheme
        if let n = LabelRecognizer.decimalValue(numberWord) {
            (value, scheme) = (n, .decimal)
        } else if let n = RomanNumeral.value(numberWord), numberWord.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
            (value, scheme) = (n, .roman)
        } else if let n = ordinalValue(numberWord) {
            (value, scheme) = (n, .word)
        } else if numberWord.unicodeScalars.count == 1, let c = numberWord.unicodeScalars.first, ("A"..."Z").contains(c) {
            (value, scheme) = (Int(c.value) - 64, .letter)  // "Annex A"
        } else {
            return nil
        }
        if end < s.count, s[end] == "." || s[end] == ":" { end += 1 }
        return worded(kind, value, scheme: scheme, style: word + " #", s, start, end)
    }

    private static func unnumberedWord(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        var i = start
        while i < s.count, ScalarClass.isAlphabetic(s[i]) { i += 1 }
        guard i > start else { return nil }
        // The whole line is the word (a heading of its own), or it is followed by a colon.
        var end = i
        if end < s.count, s[end] == ":" || s[end] == "：" { end += 1 }
        guard i - start <= longestWord, LabelRecognizer.skipSpaces(s, end) == s.count else { return nil }
        let word = String(scalars: s[start..<i])
        guard let kind = unnumberedKinds[word.lowercased()] else { return nil }
        return LabelRecognizer.Match(kind: kind, number: nil, alternative: nil, isWorded: true,
                                     label: String(scalars: s[start..<end]), contentOffset: s.count)
    }

    private static func worded(_ kind: DivisionKind, _ value: Int, scheme: NumberScheme, style: String,
                               _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> LabelRecognizer.Match {
        LabelRecognizer.Match(kind: kind, number: DivisionNumber(value, scheme: scheme, style: style), alternative: nil,
                              isWorded: true, label: String(scalars: s[start..<end]), contentOffset: LabelRecognizer.skipSpaces(s, end))
    }
}
