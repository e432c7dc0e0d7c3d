/// The UN language a BCP 47 tag names ("fr-FR" → "fr"), or nil for another language.
enum LanguageTag {
    static let unLanguages: Set<String> = ["ar", "zh", "en", "fr", "es", "ru"]

    static func unLanguage(_ tag: String) -> String? {
        let primary = tag.split { $0 == "-" || $0 == "_" }.first.map { $0.lowercased() } ?? ""
        return unLanguages.contains(primary) ? primary : nil
    }
}
