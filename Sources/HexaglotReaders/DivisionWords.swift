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

    /// Numbers written as words after a heading word: French "premier", the
    /// Arabic ordinals of headings ("الفصل الأول", "المرفق الثاني"), masculine and feminine.
    static let ordinalWords: [String: Int] = [
        "premier": 1, "première": 1,
        "الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4,
        "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8,
        "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
    ]

    /// The Arabic ordinal adverbs UN Arabic documents number sections with (أولاً -).
    static let arabicSectionWords = ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"]

    static func match(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        chinese(s, start) ?? prefixedWord(s, start) ?? unnumberedWord(s, start)
    }

    /// The value of a numeral written as a word: 一 … 九千九百九十九, أولاً …; nil for anything else.
    static func numeralValue(_ word: String) -> Int? {
        CJKNumeral.value(word) ?? arabicSectionValue(word)
    }

    static func arabicSectionValue(_ word: String) -> Int? {
        let bare = word.unicodeScalars.filter { $0 != "\u{064B}" }  // tanween fath, often left out
        return arabicSectionWords.firstIndex { String(scalars: $0.unicodeScalars.filter { $0 != "\u{064B}" }) == String(scalars: bare) }.map { $0 + 1 }
    }

    // MARK: Patterns

    private static func chinese(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        if s[start] == "第" {
            var i = start + 1
            while i < s.count, CJKNumeral.isNumeral(s[i]) || LabelRecognizer.digitValue(s[i]) != nil, i - start < 12 { i += 1 }
            guard i > start + 1, let value = CJKNumeral.value(String(scalars: s[(start + 1)..<i])) ?? LabelRecognizer.decimalValue(String(scalars: s[(start + 1)..<i])) else { return nil }
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
            while i < s.count, CJKNumeral.isNumeral(s[i]) || LabelRecognizer.digitValue(s[i]) != nil { i += 1 }
            let digits = String(scalars: s[(start + 2)..<i])
            guard let value = CJKNumeral.value(digits) ?? LabelRecognizer.decimalValue(digits) else { return nil }
            return worded(kind, value, scheme: .word, style: word + "#", s, start, i)
        }
        return nil
    }

    private static func prefixedWord(_ s: [Unicode.Scalar], _ start: Int) -> LabelRecognizer.Match? {
        var i = start
        while i < s.count, ScalarClass.isAlphabetic(s[i]) { i += 1 }
        guard i > start, i < s.count, LabelRecognizer.isSpace(s[i]) else { return nil }
        let word = String(scalars: s[start..<i])
        guard let kind = prefixed.first(where: { $0.words.contains { equalIgnoringCase($0, word) } })?.kind else { return nil }
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
        } else if let n = ordinalWords[numberWord.lowercased()] ?? ordinalWords[numberWord] {
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
        guard LabelRecognizer.skipSpaces(s, end) == s.count else { return nil }
        let word = String(scalars: s[start..<i])
        guard let kind = unnumbered.first(where: { $0.words.contains { equalIgnoringCase($0, word) } })?.kind else { return nil }
        return LabelRecognizer.Match(kind: kind, number: nil, alternative: nil, isWorded: true,
                                     label: String(scalars: s[start..<end]), contentOffset: s.count)
    }

    private static func worded(_ kind: DivisionKind, _ value: Int, scheme: NumberScheme, style: String,
                               _ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> LabelRecognizer.Match {
        LabelRecognizer.Match(kind: kind, number: DivisionNumber(value, scheme: scheme, style: style), alternative: nil,
                              isWorded: true, label: String(scalars: s[start..<end]), contentOffset: LabelRecognizer.skipSpaces(s, end))
    }

    /// Case-insensitive for the scripts with case ("ARTICLE 1", "ПРЕАМБУЛА").
    private static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        a.count == b.count && a.lowercased() == b.lowercased()
    }
}

/// Chinese numerals: 一 … 九, 十, 百, 千, 零/〇, and digit strings such as 一九四八.
enum CJKNumeral {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { digits[c] != nil || units[c] != nil }

    static func value(_ word: String) -> Int? {
        let s = Array(word.unicodeScalars)
        guard !s.isEmpty, s.count <= 12, s.allSatisfy(isNumeral) else { return nil }
        if s.allSatisfy({ digits[$0] != nil }) {  // 一九四八: digit by digit
            return s.count == 1 || s.count >= 4 ? s.reduce(0) { $0 * 10 + digits[$1]! } : nil
        }
        var total = 0, pending = 0
        var lastUnit = Int.max
        for c in s {
            if let d = digits[c] {
                pending = d
            } else if let unit = units[c] {
                guard unit < lastUnit else { return nil }
                total += (pending == 0 ? 1 : pending) * unit
                pending = 0
                lastUnit = unit
            }
        }
        return total + pending
    }
}
