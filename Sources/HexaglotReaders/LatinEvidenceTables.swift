extension LatinEvidence {
    /// `LatinEvidence`'s function words, letters and trigrams as tables on scalar values, made
    /// once from them, so that a word is scored without a String or a Set: the language
    /// detector runs on every file a check reads, and scoring its words by Strings was most
    /// of the CPU time of a small check. Bit `i` of each entry is the language `languages[i]`.
    struct ScalarTables: Sendable {
        static let shared = ScalarTables()

        /// The language bits of each function word, by its scalars packed one a byte (`packed`).
        let functionWords: [UInt64: UInt8]
        /// The language bits of each letter, by scalar value.
        let letters: [UInt8]
        /// Every trigram, its three scalars packed one a byte, in ascending order; and its language bits.
        let trigramKeys: [UInt32]
        let trigramBits: [UInt8]
        /// Below U+A000 (Latin, Greek, Cyrillic, Arabic, CJK punctuation and Han, so that no scalar of
        /// the six languages' texts asks Unicode's properties): each scalar's lowercase, if one scalar
        /// that stands alone, and whether that is a letter; nil otherwise. As `scalarScores` works
        /// them out past it.
        let lowercase: [(value: UInt32, isLetter: Bool)?]
        /// No function word, letter or trigram (packed one scalar a byte) has a scalar above this one,
        /// so a word with no scalar up to it has no evidence.
        var highestEvidenceScalar: UInt32 { max(0xFF, UInt32(letters.count) - 1) }

        init() {
            func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
            var words: [UInt64: UInt8] = [:]
            var letters: [UInt8] = []
            var trigrams: [UInt32: UInt8] = [:]
            for (i, language) in LatinEvidence.languages.enumerated() {
                let bit = UInt8(1) << i
                // Every entry is NFC, in scalars up to U+00FF (œ up to U+0153), so that scalar equality is String equality.
                for word in LatinEvidence.functionWords[language] ?? [] {
                    guard let key = Self.packed(scalars(word)) else { preconditionFailure("function word '\(word)' cannot be packed") }
                    words[key, default: 0] |= bit
                }
                for letter in LatinEvidence.letters[language] ?? [] {
                    let values = scalars(String(letter))
                    guard values.count == 1, let value = values.first else { preconditionFailure("letter '\(letter)' is not one scalar") }
                    if letters.count <= Int(value) { letters += [UInt8](repeating: 0, count: Int(value) + 1 - letters.count) }
                    letters[Int(value)] |= bit
                }
                for trigram in LatinEvidence.trigrams[language] ?? [] {
                    let values = scalars(trigram)
                    guard values.count == 3, let key = Self.trigram(values[0], values[1], values[2]) else {
                        preconditionFailure("trigram '\(trigram)' cannot be packed")
                    }
                    trigrams[key, default: 0] |= bit
                }
            }
            functionWords = words
            self.letters = letters
            let sorted = trigrams.sorted { $0.key < $1.key }
            trigramKeys = sorted.map(\.key)
            trigramBits = sorted.map(\.value)
            lowercase = (0..<UInt32(0xA000)).map { value in
                guard let scalar = Unicode.Scalar(value) else { return nil }
                return LatinEvidence.lowercase(scalar)
            }
        }

        /// Up to eight scalars up to U+00FF, one a byte; nil otherwise (no function word is such a word).
        /// A letter is never 0, so different words have different keys.
        static func packed(_ scalars: some Collection<UInt32>) -> UInt64? {
            guard scalars.count <= 8 else { return nil }
            var key: UInt64 = 0
            for value in scalars {
                guard value <= 0xFF else { return nil }
                key = key << 8 | UInt64(value)
            }
            return key
        }

        static func trigram(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32? {
            a | b | c <= 0xFF ? a << 16 | b << 8 | c : nil
        }

        /// The languages a word (lowercase scalars) is a function word of, writes a letter of, and
        /// has a trigram of, with "_" at each edge.
        func evidence(of word: [UInt32]) -> (functionWord: UInt8, letter: UInt8, trigram: UInt8) {
            var letter: UInt8 = 0
            for value in word where value < letters.count { letter |= letters[Int(value)] }
            var trigram: UInt8 = 0
            let edge: UInt32 = 0x5F  // "_"
            var (a, b) = (edge, word[0])
            for k in 1...word.count {
                let c = k < word.count ? word[k] : edge
                if let key = Self.trigram(a, b, c) { trigram |= bits(ofTrigram: key) }
                (a, b) = (b, c)
            }
            return (Self.packed(word).flatMap { functionWords[$0] } ?? 0, letter, trigram)
        }

        private func bits(ofTrigram key: UInt32) -> UInt8 {
            var (low, high) = (0, trigramKeys.count)
            while low < high {
                let middle = (low + high) / 2
                if trigramKeys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < trigramKeys.count && trigramKeys[low] == key ? trigramBits[low] : 0
        }

        /// Whether `scalar` is a Character of its own wherever it stands (no scalar joins it: not a
        /// combining mark, a prepended or a Hangul one) and is in NFC: then words of such scalars
        /// split, and compare, as words of Characters do. The scripts of the six languages and
        /// their punctuation, without their combining marks.
        static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0...0x2FF,  // Latin, IPA, spacing modifier letters
                 0x400...0x482, 0x48A...0x52F,  // Cyrillic (0x483–0x489 combine)
                 0x60C, 0x61B, 0x61F, 0x621...0x64A, 0x660...0x66D,  // Arabic letters, digits and punctuation, not its marks
                 0x2000...0x200B, 0x200E...0x206F,  // general punctuation, not ZWNJ and ZWJ
                 0x3000...0x3029, 0x3030...0x303F,  // CJK punctuation (0x302A–0x302F combine)
                 0x3200...0x32FF,  // enclosed CJK letters and numbers
                 0x3400...0x4DBF, 0x4E00...0x9FFF,  // Han
                 0xFF01...0xFF5E:  // full-width forms
                true
            default:
                false
            }
        }

        static func isArabicLetter(_ value: UInt32) -> Bool { (0x621...0x64A).contains(value) }

        /// The Arabic vowel marks (harakat, shadda, sukun, superscript alef): combining, so one
        /// Character with the letter before them.
        static func isArabicMark(_ value: UInt32) -> Bool { (0x64B...0x65F).contains(value) || value == 0x670 }
    }
}
