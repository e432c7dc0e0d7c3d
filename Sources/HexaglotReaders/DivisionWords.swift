import HexaglotICU
import HexaglotModel
import HexaglotTree

/// Headings named by a word and a number, as the six languages print them:
/// "Article 24" / "Article premier" / "Artículo 24" / "Статья 24" / "المادة 24" /
/// "第二十四条"; "Chapter IV" / "الفصل الرابع" / "第四章"; "Annex II" / "附件二";
/// "Goal 1" / "目标1"; "Preamble" / "序言" / "الديباجة". The words come from
/// `Locales/<lang>/headings.yaml` (every language's: a file is read before its
/// language is known); the numbers are read by ICU.
enum DivisionWords {
    static let words = HeadingWords.standard
    /// Longer than any heading word: a longer first word is looked up no further.
    private static let longestWord = max(1, (words.before.keys.map(\.count) + words.alone.keys.map(\.count)).max() ?? 1)

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

    /// An ordinal adverb's value (Arabic "ثانياً" is 2), tanween fath or not.
    static func arabicSectionValue(_ word: String) -> Int? {
        let bare = word.unicodeScalars.filter { $0 != "\u{064B}" }  // tanween fath, often left out
        return words.adverbs.firstIndex { String(scalars: $0.unicodeScalars.filter { $0 != "\u{064B}" }) == String(scalars: bare) }.map { $0 + 1 }
    }

    // MARK: Patterns

    /// A numeral between two words: "第二十四条", "第四章", "附件二", "目标1".
    private static func chinese(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        for frame in words.around {
            let before = frame.before.unicodeScalars, after = frame.after.unicodeScalars
            guard s.count - start > before.count, s[start..<(start + before.count)].elementsEqual(before) else { continue }
            var i = start + before.count
            while i < s.count, isChineseNumeral(s[i]) || LabelRecognizer.digitValue(s[i]) != nil, i - start < 12 { i += 1 }
            let numeral = String(scalars: s[(start + before.count)..<i])
            guard i > start + before.count, let value = chineseValue(numeral) ?? LabelRecognizer.decimalValue(numeral),
                  s.count - i >= after.count, s[i..<(i + after.count)].elementsEqual(after) else { continue }
            return worded(frame.kind, value, scheme: .word, style: frame.before + "#" + frame.after, s, start, i + after.count)
        }
        return nil
    }

    private static func prefixedWord(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        var i = start
        while i < s.count, ScalarClass.isAlphabetic(s[i]) { i += 1 }
        guard i > start, i - start <= longestWord, i < s.count, LabelRecognizer.isSpace(s[i]) else { return nil }
        let word = String(scalars: s[start..<i])
        guard let kind = words.before[word.lowercased()] else { return nil }
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
        guard let kind = words.alone[word.lowercased()] else { return nil }
        return LabelRecognizer.Match(kind: kind, number: nil, alternative: nil, isWorded: true,
                                     label: String(scalars: s[start..<end]), contentOffset: s.count)
    }

    private static func worded(_ kind: DivisionKind, _ value: Int, scheme: NumberScheme, style: String,
                               _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> LabelRecognizer.Match {
        LabelRecognizer.Match(kind: kind, number: DivisionNumber(value, scheme: scheme, style: style), alternative: nil,
                              isWorded: true, label: String(scalars: s[start..<end]), contentOffset: LabelRecognizer.skipSpaces(s, end))
    }
}
