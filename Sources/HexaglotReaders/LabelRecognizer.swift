import HexaglotTree

/// Recognizes the numbering labels of UN documents in all six languages, as
/// Hexaglot writes them and as official documents print them:
/// - headings with their word: "Article 24", "Article premier", "第二十四条",
///   "المادة 24", "Chapter IV", "الفصل الرابع", "Annex II", "附件二", "Preamble";
/// - sections: "I.", "一.", "二、", "أولاً -", and lettered "A.";
/// - paragraphs: "1.", "1 -", "1)"; hierarchical numbers "1.1", "1.a", "17.19";
/// - sub-paragraphs and points: "(a)", "a)", "（a）", "(أ)", "(i)", "i)".
/// It says what the label could be; `DivisionPlacement` decides where the
/// division stands from the labels before it (an "(i)" after "(h)" is a letter).
public struct LabelRecognizer: Sendable {
    public struct Match: Sendable, Equatable {
        /// The kind the label suggests: a heading word says it, "I." is a section,
        /// "1." a paragraph, "(a)" a sub-paragraph, "(i)" a point.
        public var kind: DivisionKind
        public var number: DivisionNumber?
        /// Another reading of the same label: "(i)" is roman one or the letter i.
        public var alternative: DivisionNumber?
        /// Whether a word names the kind ("Article", "第…条"): such a label is always a heading.
        public var isWorded: Bool
        /// The label as written, without surrounding spaces.
        public var label: String
        /// The text after the label and its spaces (a scalar offset into the line).
        public var contentOffset: Int
    }

    public init() {}

    /// Arabic sub-item letters in abjad order: (أ) (ب) (ج) (د) (هـ) (و) …, as UN Arabic letters (a), (b) ….
    public static let arabicLetters = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]

    public func recognize(_ line: String) -> Match? {
        // A label is a few scalars at the start of the line: look at the head only,
        // and at the whole line just when the head ends in spaces or inside a label.
        var head: [Unicode.Scalar] = []
        head.reserveCapacity(Self.headLength)
        for scalar in line.unicodeScalars {
            guard head.count < Self.headLength else { break }
            head.append(scalar)
        }
        guard head.count == Self.headLength else { return recognize(scalars: head) }
        let match = recognize(scalars: head)
        if let match, match.contentOffset < head.count { return match }
        if match == nil, let first = head.firstIndex(where: { !Self.isSpace($0) }), first < head.count - Self.longestLabel { return nil }
        return recognize(scalars: line.scalarArray)
    }

    private static let headLength = 256
    /// Longer than any label with its separator ("ثانياً -", "(هـ)", "Приложение XVII"):
    /// a label that starts this far before the end of the head ends inside it.
    private static let longestLabel = 40

    private func recognize(scalars: [Unicode.Scalar]) -> Match? {
        var i = 0
        while i < scalars.count, Self.isSpace(scalars[i]) { i += 1 }
        guard i < scalars.count else { return nil }
        return DivisionWords.match(scalars, i) ?? bracketed(scalars, i) ?? hierarchical(scalars, i)
            ?? paragraph(scalars, i) ?? section(scalars, i)
    }

    // MARK: Sub-paragraphs and points: "(a)", "a)", "（a）", "(أ)", "(i)", "(iv)"

    private func bracketed(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        // ㈠ ㈡ ㈢ … (parenthesized ideographs one to ten), as Chinese texts number paragraphs.
        if (0x3220...0x3229).contains(s[start].value), start + 1 >= s.count || Self.isSpace(s[start + 1]) {
            let value = Int(s[start].value - 0x3220) + 1
            return Match(kind: .paragraph, number: DivisionNumber(value, scheme: .word, style: "㈠"), alternative: nil,
                         isWorded: false, label: String(s[start]), contentOffset: Self.skipSpaces(s, start + 1))
        }
        var i = start
        let open = s[i] == "(" || s[i] == "（"
        if open { i += 1 }
        let letterStart = i
        while i < s.count, s[i] != ")", s[i] != "）", !Self.isSpace(s[i]), i - letterStart < 6 { i += 1 }
        guard i < s.count, s[i] == ")" || s[i] == "）", i > letterStart else { return nil }
        let letters = String(scalars: s[letterStart..<i])
        let close = String(s[i])
        i += 1
        let label = String(scalars: s[start..<i])
        let style = (open ? String(s[start]) : "") + "#" + close
        let offset = Self.skipSpaces(s, i)
        let isLowerLatin = letters.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        let letterValue: Int? = if isLowerLatin, Set(letters.unicodeScalars).count == 1, letters.count <= 3 {
            // a … z, then aa, bb … as UN lists go on past z.
            Int(letters.unicodeScalars.first!.value - 96) + 26 * (letters.count - 1)
        } else if let n = Self.arabicLetters.firstIndex(of: letters) {
            n + 1
        } else {
            nil
        }
        let letter = letterValue.map { DivisionNumber($0, scheme: .letter, style: style) }
        // "(i)", "(iv)", "(xii)" are roman; a single "(c)", "(d)", "(v)", "(x)" is a letter unless a
        // roman list runs there (the placement tries the other reading when the first does not fit).
        if isLowerLatin, let roman = RomanNumeral.value(letters) {
            let number = DivisionNumber(roman, scheme: .roman, style: style)
            if letters.count == 1, letters != "i", let letter {
                return Match(kind: .subparagraph, number: letter, alternative: number, isWorded: false, label: label, contentOffset: offset)
            }
            return Match(kind: .point, number: number, alternative: letter, isWorded: false, label: label, contentOffset: offset)
        }
        if let letter {
            return Match(kind: .subparagraph, number: letter, alternative: nil, isWorded: false, label: label, contentOffset: offset)
        }
        // "1)", "(1)": a numbered item.
        if let value = Self.decimalValue(letters) {
            return Match(kind: .paragraph, number: DivisionNumber(value, scheme: .decimal, style: style), alternative: nil,
                         isWorded: false, label: label, contentOffset: offset)
        }
        return nil
    }

    // MARK: Hierarchical numbers: "1.1", "1.a", "17.19", "2.3.1"

    private func hierarchical(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        var i = start
        var path: [Int] = []
        var lastIsLetter = false
        while true {
            let partStart = i
            var value = 0
            while i < s.count, let d = Self.digitValue(s[i]), i - partStart < 4 { value = value * 10 + d; i += 1 }
            if i > partStart {
                path.append(value)
                lastIsLetter = false
            } else if !path.isEmpty, i < s.count, ("a"..."z").contains(s[i]), i + 1 >= s.count || !ScalarClass.isAlphabetic(s[i + 1]) {
                path.append(Int(s[i].value) - 96)  // "1.a": a lettered target
                lastIsLetter = true
                i += 1
            } else {
                return nil
            }
            guard i < s.count, s[i] == ".", i + 1 < s.count, !Self.isSpace(s[i + 1]), !lastIsLetter else { break }
            i += 1
        }
        guard path.count >= 2, i < s.count else { return nil }
        var end = i
        if s[end] == "." { end += 1 }  // "1.1." as some lists print it
        guard end < s.count, Self.isSpace(s[end]) else { return nil }
        let scheme: NumberScheme = lastIsLetter ? .letter : .decimal
        return Match(kind: .target, number: DivisionNumber(path: path, scheme: scheme, style: "#.#"), alternative: nil,
                     isWorded: false, label: String(scalars: s[start..<end]), contentOffset: Self.skipSpaces(s, end))
    }

    // MARK: Paragraphs: "1.", "1 -"

    private func paragraph(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        var i = start
        var value = 0
        while i < s.count, let d = Self.digitValue(s[i]), i - start < 6 { value = value * 10 + d; i += 1 }
        guard i > start else { return nil }
        // "1. text", "1 - text"; not "3.5" nor "2020年".
        guard let (end, separator) = Self.afterSeparator(s, i), end >= s.count || Self.digitValue(s[end]) == nil else { return nil }
        return Match(kind: .paragraph, number: DivisionNumber(value, scheme: .decimal, style: "#" + separator), alternative: nil,
                     isWorded: false, label: String(scalars: s[start..<end]), contentOffset: Self.skipSpaces(s, end))
    }

    // MARK: Sections: "I.", "一.", "二、", "أولاً -", "A."

    private func section(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        var i = start
        while i < s.count, !Self.isSpace(s[i]), s[i] != ".", s[i] != "、", s[i] != "．", s[i] != "-", s[i] != "–" {
            i += 1
            if i - start > Self.longestLabel { return nil }  // a first word, not a section number
        }
        let word = String(scalars: s[start..<i])
        guard let (end, separator) = Self.afterSeparator(s, i) else { return nil }
        let number: DivisionNumber
        var alternative: DivisionNumber?
        if word.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }), let roman = RomanNumeral.value(word) {
            number = DivisionNumber(roman, scheme: .roman, style: "#" + separator)
            if word.unicodeScalars.count == 1 { alternative = DivisionNumber(Int(word.unicodeScalars.first!.value) - 64, scheme: .letter, style: "#" + separator) }
        } else if let value = DivisionWords.numeralValue(word) {
            number = DivisionNumber(value, scheme: .word, style: "#" + separator)
        } else if word.unicodeScalars.count == 1, let c = word.unicodeScalars.first, ("A"..."Z").contains(c), separator == "." {
            number = DivisionNumber(Int(c.value) - 64, scheme: .letter, style: "#.")  // "A. Background"
        } else {
            return nil
        }
        return Match(kind: .section, number: number, alternative: alternative, isWorded: false,
                     label: String(scalars: s[start..<end]), contentOffset: Self.skipSpaces(s, end))
    }

    /// After a label's own separator ("." "、" or " -"), with the separator; nil when there is none.
    private static func afterSeparator(_ s: [Unicode.Scalar], _ i: Int) -> (Int, String)? {
        var j = i
        if j < s.count, [".", "．", "、"].contains(s[j]) { return (j + 1, String(s[j])) }
        while j < s.count, isSpace(s[j]) { j += 1 }
        // "1 - text", "أولاً - ": a dash with a space after it ("7370-е заседание" is a word, not a label).
        if j < s.count, s[j] == "-" || s[j] == "–", j + 1 >= s.count || isSpace(s[j + 1]) { return (j + 1, " -") }
        return nil
    }

    static func decimalValue(_ word: String) -> Int? {
        var value = 0
        for c in word.unicodeScalars {
            guard let d = digitValue(c) else { return nil }
            value = value * 10 + d
        }
        return word.isEmpty || word.unicodeScalars.count > 6 ? nil : value
    }

    /// Decimal digits of any script: ASCII, Arabic-Indic, extended Arabic-Indic, full-width.
    static func digitValue(_ c: Unicode.Scalar) -> Int? {
        ScalarClass.digitValue(c)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { ScalarClass.isWhitespace(c) || c == "\t" }

    static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, isSpace(s[j]) { j += 1 }
        return j
    }
}
