import Foundation
import HexaglotICU
import HexaglotModel
import HexaglotTree

/// What the checker knows of one language to read facts, all of it from
/// `Locales/<lang>/`: the ICU locales its month names come from and the UN
/// replacements over them (`locale.yaml`, `dates`), and the words of
/// `facts.yaml` (percent, magnitudes, currencies, date joining words, Arabic
/// joined prefixes). No language's words are written in the checker's code.
public struct LanguageFacts: Sendable {
    /// "ar", "zh" …; "" for text of unknown language (every language's words).
    public let language: String
    /// ICU locales whose month names (format and stand-alone) are read.
    public let monthLocales: [String]
    /// UN replacements applied to ICU's month names ("يونيو" → "يونيه").
    public let monthReplacements: [Replacement]
    public let vocabulary: FactVocabulary
    /// Which side of punctuation its footnote markers stand on (`locale.yaml`,
    /// `footnoteMarker`); nil for a language without a locale.
    public let footnoteMarker: FootnoteMarkerPlacement?
    /// How its footnote marks are written (`locale.yaml`, `footnoteMarkerForm`); nil for a language without a locale.
    public let footnoteMarkerForm: FootnoteMarkerForm?

    public init(language: String, monthLocales: [String], monthReplacements: [Replacement], vocabulary: FactVocabulary,
                footnoteMarker: FootnoteMarkerPlacement? = nil, footnoteMarkerForm: FootnoteMarkerForm? = nil) {
        self.language = language
        self.monthLocales = monthLocales
        self.monthReplacements = monthReplacements
        self.vocabulary = vocabulary
        self.footnoteMarker = footnoteMarker
        self.footnoteMarkerForm = footnoteMarkerForm
    }

    /// From a language's locale and vocabulary: the month locales are its ICU
    /// locale and every other locale its date styles name (Arabic `ar-SY` and
    /// `ar` for "شباط/فبراير"); the replacements those of its date styles.
    public init(locale spec: LocaleSpec, vocabulary: FactVocabulary) {
        let styles = [spec.dates.day, spec.dates.month, spec.dates.range, spec.dates.year]
        var locales: [String] = []
        for locale in [spec.icu] + styles.flatMap({ [$0.icu, $0.dualMonths?.first, $0.dualMonths?.second].compactMap { $0 } })
        where !locales.contains(locale) { locales.append(locale) }
        var replacements: [Replacement] = []
        for r in styles.flatMap(\.replacements) where !replacements.contains(r) { replacements.append(r) }
        self.init(language: spec.language, monthLocales: locales, monthReplacements: replacements, vocabulary: vocabulary,
                  footnoteMarker: spec.footnoteMarker, footnoteMarkerForm: spec.footnoteMarkerForm)
    }

    /// The base ICU language ("ar" for "ar@numbers=latn", "en" for "en-GB").
    var icuLanguage: String { language.isEmpty ? "en" : language }
}

/// The fact knowledge of every language of a workspace.
public struct FactKnowledge: Sendable {
    public let languages: [String: LanguageFacts]
    /// The extractor of each language of `languages`, made on first use and kept (at most one a
    /// language): making one formats every month name of its locales, a sixth of a warm check's time.
    private let extractors: BoundedMemo<String, FactExtractor>

    public init(languages: [String: LanguageFacts]) {
        self.languages = languages
        extractors = BoundedMemo(limit: languages.count)
    }

    /// The fact extractor of `language`: the one kept for a language of `languages`, else a new one
    /// (of `facts(for:)`, every language's words), so that a language from a file never keys the memo.
    public func extractor(for language: String) -> FactExtractor {
        guard languages[language] != nil else { return FactExtractor(facts: facts(for: language)) }
        return extractors.value(for: language) { FactExtractor(facts: facts(for: $0)) }
    }

    /// Reads `Locales/*/locale.yaml` and `facts.yaml`; a language that fails to load is left out.
    public static func load(_ workspace: Workspace) -> FactKnowledge {
        var result: [String: LanguageFacts] = [:]
        for language in (try? workspace.languages()) ?? [] {
            guard let pack = try? workspace.loadLanguage(language),
                  let vocabulary = try? workspace.loadFactVocabulary(language) else { continue }
            result[language] = LanguageFacts(locale: pack.locale, vocabulary: vocabulary)
        }
        return FactKnowledge(languages: result)
    }

    /// The knowledge for `language`: its own, or for "" or a language without
    /// a folder, every language's words together (and ICU's months of `language`).
    public func facts(for language: String) -> LanguageFacts {
        if let own = languages[language] { return own }
        let all = languages.keys.sorted().compactMap { languages[$0] }
        let months = language.isEmpty ? all.flatMap(\.monthLocales) : [language]
        return LanguageFacts(language: language, monthLocales: months.filter { !$0.hasPrefix("zh") },
                             monthReplacements: all.flatMap(\.monthReplacements),
                             vocabulary: .union(all.map(\.vocabulary)))
    }

    /// The knowledge used when none is given (a `CheckContext` or `FactExtractor`
    /// made without a workspace, as tests do): `Workspace.standard`'s; loaded once.
    public static let standard: FactKnowledge = Workspace.standard.map(load) ?? FactKnowledge(languages: [:])

    /// Knowledge by workspace root, so that a server or a test suite loads each once.
    private static let byRoot = BoundedMemo<String, FactKnowledge>(limit: 16)

    public static func cached(_ workspace: Workspace) -> FactKnowledge {
        byRoot.value(for: workspace.root) { _ in load(workspace) }
    }
}
