/// The UN language a BCP 47 tag names ("fr-FR" → "fr"), or nil for another language.
public enum LanguageTag {
    public static let unLanguages: Set<String> = ["ar", "zh", "en", "fr", "es", "ru"]

    public static func unLanguage(_ tag: String) -> String? {
        let primary = tag.split { $0 == "-" || $0 == "_" }.first.map { $0.lowercased() } ?? ""
        return unLanguages.contains(primary) ? primary : nil
    }

    /// The UN language a file's name is tagged with: a whole component of the
    /// name before its extension, between dots, underscores or hyphens
    /// (`x.es.txt`, `x_ES.docx`, `x-es.md`, `x.zh-Hans.txt`), else the name of
    /// the folder it is in (`es/x.html`, `zh-CN/x.txt`). A region or script
    /// after the language (`es-AR`, `zh-Hans`) belongs to it; a name with two
    /// different languages (`en-fr-glossary.txt`) says none. Case does not matter.
    public static func inFileName(_ path: String) -> String? {
        let steps = path.split { $0 == "/" || $0 == "\\" }
        guard let name = steps.last else { return nil }
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        if let language = inComponents(stem.split { $0 == "." || $0 == "_" || $0 == "-" }) { return language }
        guard steps.count >= 2 else { return nil }
        let folder = steps[steps.count - 2].split { $0 == "-" || $0 == "_" }
        // The whole folder name is a tag: a language, then only regions or scripts.
        guard let first = folder.first, unLanguages.contains(first.lowercased()),
              folder.dropFirst().allSatisfy(isSubtag) else { return nil }
        return first.lowercased()
    }

    private static func inComponents(_ components: [Substring]) -> String? {
        var found: String?
        var previousWasLanguage = false
        for component in components {
            // "es-AR": AR is Argentina (a region, written in capitals), not Arabic.
            if previousWasLanguage, isRegionOrScript(component) {
                previousWasLanguage = false
                continue
            }
            let lower = component.lowercased()
            previousWasLanguage = unLanguages.contains(lower)
            guard previousWasLanguage else { continue }
            if let found, found != lower { return nil }
            found = lower
        }
        return found
    }

    /// A region in capitals ("CN", "ES") or a script ("Hans", "Latn").
    private static func isRegionOrScript(_ s: Substring) -> Bool {
        (s.count == 2 && s.allSatisfy { $0.isASCII && $0.isUppercase }) || (s.count == 4 && s.allSatisfy { $0.isASCII && $0.isLetter })
            || (s.count == 3 && s.allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// A region ("ES", "es", "419") or script ("Hans") subtag, in any case, in a folder name that must be a tag as a whole.
    private static func isSubtag(_ s: Substring) -> Bool {
        (s.count == 2 || s.count == 4) && s.allSatisfy { $0.isASCII && $0.isLetter } || (s.count == 3 && s.allSatisfy { $0.isASCII && $0.isNumber })
    }
}
