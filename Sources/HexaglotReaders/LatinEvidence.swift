/// How much a Latin-script text looks like English, French and Spanish: one
/// point for each function word of a language, one for a word with a letter
/// only that language writes (ç, è … in French; ñ, á, ó … in Spanish), half a
/// point for a word with a character trigram typical of it at its edge or
/// inside ("_th", "ing" in English; "eau", "aux" in French; "ión", "dad" in
/// Spanish). Words shared by two languages ("de", "la", "que") count for
/// both, so they tell French and Spanish from English but not from each other.
struct LatinEvidence {
    struct Score {
        var language: String
        var score: Double
    }

    /// The three languages, best first (ties in the order en, fr, es).
    let ranked: [Score]

    static let languages = ["en", "fr", "es"]

    static let functionWords: [String: Set<String>] = [
        "en": ["the", "of", "and", "to", "in", "for", "on", "by", "with", "is", "are", "that", "this", "be", "as", "at",
               "from", "which", "its", "it", "have", "has", "an", "or", "their", "was", "were", "will", "been", "not",
               "such", "these", "shall", "should", "into", "under"],
        "fr": ["le", "la", "les", "des", "du", "et", "pour", "sur", "aux", "au", "de", "un", "une", "dans", "par", "en",
               "est", "sont", "qui", "que", "ce", "cette", "ces", "avec", "à", "l", "d", "qu", "ou", "ont", "été", "se",
               "son", "sa", "ses", "leur", "leurs", "pas", "plus", "ainsi", "entre"],
        "es": ["el", "la", "los", "las", "del", "y", "para", "por", "con", "una", "un", "de", "en", "es", "son", "que",
               "se", "al", "lo", "su", "sus", "este", "esta", "estos", "estas", "o", "como", "sobre", "entre", "ha", "han",
               "sido", "más", "no"],
    ]

    static let letters: [String: Set<Character>] = [
        "fr": ["à", "â", "è", "ê", "ë", "î", "ï", "ô", "ù", "û", "ç", "œ"],
        "es": ["ñ", "á", "í", "ó", "ú", "ü"],
    ]

    /// Trigrams of the word with "_" at each edge.
    static let trigrams: [String: Set<String>] = [
        "en": ["_th", "the", "ng_", "ing", "ed_", "ly_", "_wh", "ght", "ty_", "ies", "ey_", "ay_", "ow_", "_wi", "ork"],
        "fr": ["eau", "eux", "aux", "oir", "ois", "ait", "ée_", "ées", "nne", "ier"],
        "es": ["ión", "ón_", "os_", "dad", "ado", "ada", "ido", "ía_", "mie", "ero"],
    ]

    init(_ text: String) {
        // Apostrophes split words: "l'ordre" is "l" and "ordre", as French elides.
        let scores = Self.scalarScores(text) ?? Self.characterScores(text.lowercased())
        ranked = zip(Self.languages, scores).enumerated()
            .sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }
            .map { Score(language: $0.element.0, score: $0.element.1) }
    }

    /// The scores of a lowercased text by words of Characters, compared as Strings (canonical
    /// equivalence): the definition, and the way for a text with a scalar that does not stand alone.
    static func characterScores(_ lowered: String) -> [Double] {
        var scores = [Double](repeating: 0, count: languages.count)
        for word in lowered.split(whereSeparator: { !$0.isLetter }) {
            let w = String(word)
            let edged = Array("_" + w + "_")
            var grams: Set<String> = []
            if edged.count >= 3 {
                for i in 0...(edged.count - 3) { grams.insert(String(edged[i..<(i + 3)])) }
            }
            for (i, language) in languages.enumerated() {
                if functionWords[language]?.contains(w) ?? false { scores[i] += 1 }
                if let letters = letters[language], w.contains(where: letters.contains) { scores[i] += 1 }
                if let typical = trigrams[language], !grams.isDisjoint(with: typical) { scores[i] += 0.5 }
            }
        }
        return scores
    }

    /// The same scores by scalars of `text`, lowercased one by one as `lowercased()` does, without
    /// a String per word: nil when a scalar does not stand alone (`ScalarTables.standsAlone`), where
    /// scalars and Characters could differ, unless it is an Arabic vowel mark on an Arabic letter
    /// (a Character that no function word, letter or trigram equals, with the mark or without).
    static func scalarScores(_ text: String) -> [Double]? {
        let tables = ScalarTables.shared
        var scores = [Double](repeating: 0, count: languages.count)
        var word: [UInt32] = []
        word.reserveCapacity(32)
        // A word of none but higher scalars (Arabic, Cyrillic, Han) has no evidence: it is not scored.
        var mayHaveEvidence = false
        func score() {
            if mayHaveEvidence {
                let found = tables.evidence(of: word)
                for i in scores.indices {
                    if found.functionWord & (1 << i) != 0 { scores[i] += 1 }
                    if found.letter & (1 << i) != 0 { scores[i] += 1 }
                    if found.trigram & (1 << i) != 0 { scores[i] += 0.5 }
                }
            }
            word.removeAll(keepingCapacity: true)
            mayHaveEvidence = false
        }
        var inArabicLetter = false
        for scalar in text.unicodeScalars {
            var v = scalar.value
            let isLetter: Bool
            if v < 0x80 {
                if (0x41...0x5A).contains(v) { v += 0x20 }
                isLetter = (0x61...0x7A).contains(v)
            } else if inArabicLetter && ScalarTables.isArabicMark(v) {
                continue
            } else if v < tables.lowercase.count {
                guard let lower = tables.lowercase[Int(v)] else { return nil }
                (v, isLetter) = (lower.value, lower.isLetter)
            } else {
                guard let lower = lowercase(scalar) else { return nil }
                (v, isLetter) = lower
            }
            inArabicLetter = ScalarTables.isArabicLetter(v)
            if isLetter {
                word.append(v)
                if v <= tables.highestEvidenceScalar { mayHaveEvidence = true }
            } else if !word.isEmpty {
                score()
            }
        }
        if !word.isEmpty { score() }
        return scores
    }

    /// A scalar's lowercase as `lowercased()` makes it, if that is one scalar that stands alone
    /// (`ScalarTables.standsAlone`), and whether it is a letter; nil otherwise.
    static func lowercase(_ scalar: Unicode.Scalar) -> (value: UInt32, isLetter: Bool)? {
        var lower = scalar
        if scalar.properties.changesWhenLowercased {
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            guard mapped.count == 1, let only = mapped.first else { return nil }
            lower = only
        }
        guard ScalarTables.standsAlone(lower) else { return nil }
        return (lower.value, lower.properties.isAlphabetic)
    }
}
