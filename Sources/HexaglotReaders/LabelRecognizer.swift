import HexaglotTree

/// Recognizes the numbering labels of UN documents in all six languages, as
/// Hexaglot writes them and as people type them: sections "I." / "一." /
/// "أولاً -", paragraphs "1." / "1 -", sub-items "(a)" / "a)" / "（a）" / "(أ)".
public struct LabelRecognizer: Sendable {
    public enum Kind: String, Sendable {
        case section, paragraph, subItem
    }

    public struct Match: Sendable, Equatable {
        public var kind: Kind
        public var number: Int
        /// The label as written, without surrounding spaces.
        public var label: String
        /// The text after the label and its spaces (a scalar offset into the line).
        public var contentOffset: Int
    }

    public init() {}

    /// The Arabic ordinal adverbs UN Arabic documents number sections with.
    /// ICU has no such series, so the list is spelled here (and in Locales/ar).
    static let arabicSectionWords = ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً"]
    /// Arabic sub-item letters in abjad order: (أ) (ب) (ج) (د) (هـ) (و) …
    static let arabicLetters = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]

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
    /// Longer than any label with its separator ("ثانياً -", "(هـ)", "999999."): a label
    /// that starts this far before the end of the head ends inside it.
    private static let longestLabel = 32

    private func recognize(scalars: [Unicode.Scalar]) -> Match? {
        var i = 0
        while i < scalars.count, Self.isSpace(scalars[i]) { i += 1 }
        return subItem(scalars, i) ?? paragraph(scalars, i) ?? section(scalars, i)
    }

    // MARK: Sub-items

    private func subItem(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        var i = start
        let open = i < s.count && (s[i] == "(" || s[i] == "（")
        if open { i += 1 }
        let letterStart = i
        while i < s.count, s[i] != ")", s[i] != "）", !Self.isSpace(s[i]), i - letterStart < 3 { i += 1 }
        guard i < s.count, s[i] == ")" || s[i] == "）", i > letterStart else { return nil }
        let letters = String(scalars: s[letterStart..<i])
        let index: Int
        if letters.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }), letters.count <= 2 {
            index = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value - 96) }
        } else if let n = Self.arabicLetters.firstIndex(of: letters) {
            index = n + 1
        } else {
            return nil
        }
        i += 1
        let label = String(scalars: s[start..<i])
        return Match(kind: .subItem, number: index, label: label, contentOffset: Self.skipSpaces(s, i))
    }

    // MARK: Paragraphs

    private func paragraph(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        var i = start
        var value = 0
        while i < s.count, let d = Self.digitValue(s[i]), i - start < 6 { value = value * 10 + d; i += 1 }
        guard i > start else { return nil }
        // "1. text", "1 - text"; not "3.5" nor "2020年".
        guard let end = Self.afterSeparator(s, i), end >= s.count || Self.digitValue(s[end]) == nil else { return nil }
        return Match(kind: .paragraph, number: value, label: String(scalars: s[start..<end]),
                     contentOffset: Self.skipSpaces(s, end))
    }

    // MARK: Sections

    private func section(_ s: [Unicode.Scalar], _ start: Int) -> Match? {
        var i = start
        while i < s.count, !Self.isSpace(s[i]), s[i] != ".", s[i] != "、", s[i] != "．", s[i] != "-", s[i] != "–" {
            i += 1
            if i - start > Self.longestLabel { return nil }  // a first word, not a section number
        }
        let word = String(scalars: s[start..<i])
        guard let number = Self.romanValue(word) ?? Self.chineseValue(word) ?? Self.arabicSectionValue(word),
              let end = Self.afterSeparator(s, i) else { return nil }
        return Match(kind: .section, number: number, label: String(scalars: s[start..<end]),
                     contentOffset: Self.skipSpaces(s, end))
    }

    /// After a label's own separator ("." "、" or " -"), or nil when there is none.
    private static func afterSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i
        if j < s.count, [".", "．", "、"].contains(s[j]) { return j + 1 }
        while j < s.count, isSpace(s[j]) { j += 1 }
        if j < s.count, s[j] == "-" || s[j] == "–" { return j + 1 }
        return nil
    }

    static func romanValue(_ word: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        guard !word.isEmpty, word.count <= 8, word.allSatisfy({ values[$0] != nil }) else { return nil }
        let digits = word.map { values[$0]! }
        var total = 0
        for (k, v) in digits.enumerated() { total += (k + 1 < digits.count && v < digits[k + 1]) ? -v : v }
        return total
    }

    static func chineseValue(_ word: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(word)
        switch chars.count {
        case 1: return chars[0] == "十" ? 10 : digits[chars[0]]
        case 2 where chars[0] == "十": return digits[chars[1]].map { 10 + $0 }
        case 2 where chars[1] == "十": return digits[chars[0]].map { $0 * 10 }
        case 3 where chars[1] == "十": return digits[chars[0]].flatMap { t in digits[chars[2]].map { t * 10 + $0 } }
        default: return nil
        }
    }

    static func arabicSectionValue(_ word: String) -> Int? {
        let bare = word.unicodeScalars.filter { $0 != "\u{064B}" }  // tanween fath, often left out
        return arabicSectionWords.firstIndex { String(scalars: $0.unicodeScalars.filter { $0 != "\u{064B}" }) == String(scalars: bare) }.map { $0 + 1 }
    }

    /// Decimal digits of any script: ASCII, Arabic-Indic, extended Arabic-Indic, full-width.
    static func digitValue(_ c: Unicode.Scalar) -> Int? {
        ScalarClass.digitValue(c)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { ScalarClass.isWhitespace(c) || c == "\t" }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, isSpace(s[j]) { j += 1 }
        return j
    }
}
