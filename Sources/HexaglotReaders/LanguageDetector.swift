import HexaglotTree

/// Tells which of the six UN languages a document is in, from its script and,
/// for the three in Latin script, from its most frequent function words.
public enum LanguageDetector {
    /// Reads the title, the author line and the body up to `sample` bytes: a
    /// few pages tell the language as surely as the whole document does.
    public static func detect(_ document: Document, sample: Int = 64 * 1024) -> String? {
        var text = document.title.content.plainText + " " + document.author.content.plainText
        var stop = false
        for division in document.body where !stop {
            division.preorder { node, _ in
                guard !stop else { return }
                text += " " + node.text.plainText
                stop = text.utf8.count >= sample
            }
        }
        return detect(text)
    }

    public static func detect(_ text: String) -> String? {
        var han = 0, arabic = 0, cyrillic = 0, latin = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        let scripts = [("zh", han * 3), ("ar", arabic), ("ru", cyrillic), ("latin", latin)]
        guard let best = scripts.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        guard best.0 == "latin" else { return best.0 }
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        let markers: [(String, Set<String>)] = [
            ("en", ["the", "of", "and", "to", "in", "for", "on", "by", "with"]),
            ("fr", ["le", "la", "les", "des", "du", "et", "pour", "sur", "aux", "au"]),
            ("es", ["el", "los", "las", "del", "y", "para", "por", "con", "una"]),
        ]
        let scores = markers.map { language, set in (language, words.filter(set.contains).count) }
        return scores.max { $0.1 < $1.1 }?.0
    }
}
