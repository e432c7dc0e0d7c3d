import Foundation
import HexaglotTree

/// Tells which of the six UN languages a text is in, and how sure that is:
/// by script first (Han, Arabic, Cyrillic, Latin), then, for the three in
/// Latin script, by the evidence of function words, letters and word-edge
/// character trigrams that one of English, French and Spanish uses and the
/// others do not (or less). The last resort of `hexaglot check`, after an
/// override, a tag in the file name and the file's own markup.
public enum LanguageDetector {
    /// What the text says of its language.
    public struct Detection: Hashable, Sendable {
        public var language: String
        /// The language that came second: the next Latin-script language, or the next script's.
        public var runnerUp: String?
        /// 0…1: the script's share of the letters, times, in Latin script, the
        /// probability of the best language against the two others (each point
        /// of evidence counted as a likelihood ratio of e), and in another script
        /// how much text there is (`scriptLetters` letters are enough).
        public var confidence: Double
        /// The share of the letters in the language's script (a Han character counts as three letters).
        public var scriptShare: Double
        /// How many letters the text has (a Han character counts as three).
        public var letters: Int

        public init(language: String, runnerUp: String?, confidence: Double, scriptShare: Double, letters: Int) {
            self.language = language
            self.runnerUp = runnerUp
            self.confidence = confidence
            self.scriptShare = scriptShare
            self.letters = letters
        }

        /// Whether the text tells its language surely enough to be taken without a word.
        public var isSure: Bool { confidence >= LanguageDetector.sureConfidence }
    }

    /// Below this, `hexaglot check` reads the file in the language found but warns (rule `input.language`).
    public static let sureConfidence = 0.8
    /// Letters (Han ×3) of a non-Latin script that tell the language for sure: ten Han characters, a line of Arabic or Russian.
    static let scriptLetters = 30.0

    public enum Script: String, Sendable { case han, arabic, cyrillic, latin }

    /// The script a UN language is written in (Latin for any other).
    public static func script(of language: String) -> Script {
        switch LanguageTag.unLanguage(language) {
        case "zh": .han
        case "ar": .arabic
        case "ru": .cyrillic
        default: .latin
        }
    }

    /// Reads the title, the author line and the body up to `sample` bytes: a
    /// few pages (16 KB, some 2,500 words) tell the language as surely as the whole document does.
    public static func detection(of document: Document, sample: Int = 16 * 1024) -> Detection? {
        var text = document.title.content.plainText + " " + document.author.content.plainText
        var stop = false
        for division in document.body where !stop {
            division.preorder { node, _ in
                guard !stop else { return }
                text += " " + node.text.plainText
                stop = text.utf8.count >= sample
            }
        }
        return detection(text)
    }

    public static func detect(_ document: Document, sample: Int = 16 * 1024) -> String? {
        detection(of: document, sample: sample)?.language
    }

    public static func detect(_ text: String) -> String? {
        detection(text)?.language
    }

    public static func detection(_ text: String) -> Detection? {
        // Counted in an array in the order of `scripts` (a dictionary's hashing was a third of this loop).
        let scripts: [Script] = [.han, .arabic, .cyrillic, .latin]
        var counts = [Int](repeating: 0, count: scripts.count)
        for s in text.unicodeScalars {
            switch Self.script(of: s) {
            case .han: counts[0] += 3
            case .arabic: counts[1] += 1
            case .cyrillic: counts[2] += 1
            case .latin: counts[3] += 1
            case nil: break
            }
        }
        let total = counts.reduce(0, +)
        // Ties go to the order of `scripts`, so that a result never depends on dictionary order.
        let ranked = zip(scripts, counts).map { ($0, $1) }
            .enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element)
        guard total > 0, let (script, letters) = ranked.first else { return nil }
        let share = Double(letters) / Double(total)
        let second = ranked[1].1 > 0 ? ranked[1].0 : nil
        guard script == .latin else {
            let runnerUp = second.map { $0 == .latin ? LatinEvidence(text).ranked[0].language : language(of: $0) }
            return Detection(language: language(of: script), runnerUp: runnerUp,
                             confidence: share * min(1, Double(letters) / scriptLetters), scriptShare: share, letters: total)
        }
        let ranking = LatinEvidence(text).ranked
        // Softmax over the scores, from the best's side (no overflow on long texts).
        let probability = 1 / ranking.map { exp($0.score - ranking[0].score) }.reduce(0, +)
        return Detection(language: ranking[0].language, runnerUp: ranking[1].language,
                         confidence: share * probability, scriptShare: share, letters: total)
    }

    static func language(of script: Script) -> String {
        switch script {
        case .han: "zh"
        case .arabic: "ar"
        case .cyrillic: "ru"
        case .latin: "en"
        }
    }

    /// Which scalars of U+0600…U+06FF (Arabic) are alphabetic, and none of U+0700…U+074F (Syriac, Thaana):
    /// Unicode's property looked up once, not for every letter of every Arabic text.
    private static let arabicAlphabetic: [Bool] = (0x600..<0x780).map { value in
        guard (0x600...0x6FF).contains(value) || (0x750...0x77F).contains(value), let s = Unicode.Scalar(value) else { return false }
        return s.properties.isAlphabetic
    }

    static func script(of s: Unicode.Scalar) -> Script? {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: .han
        case 0x0600...0x077F: arabicAlphabetic[Int(s.value) - 0x600] ? .arabic : nil
        case 0xFB50...0xFDFF, 0xFE70...0xFEFF: s.properties.isAlphabetic ? .arabic : nil
        case 0x0400...0x04FF: .cyrillic
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: .latin
        default: nil
        }
    }
}
