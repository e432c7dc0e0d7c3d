import Foundation
import HexaglotTree

/// The words a language writes facts with, for the checker to read them
/// (`Locales/<lang>/facts.yaml`): percent words, magnitude words
/// ("billion", "млрд."), currency words and symbols, the words that join a
/// date's parts ("de", "года", "to"), and the letters Arabic joins to the
/// front of a word. Numbers themselves, month names and State names come
/// from ICU, `locale.yaml` and `states.yaml`. The key set is closed; every
/// section says where its words come from (`source`).
public struct FactVocabulary: Hashable, Sendable {
    /// Written after a number ("per cent", "%") and before it (Chinese "百分之").
    public var percentAfter: [String] = []
    public var percentBefore: [String] = []
    /// A magnitude word and its power of ten ("billion": 9, "万": 4, "mil millones": 9).
    public var magnitudes: [String: Int] = [:]
    /// ISO 4217 code → words or symbols written before the number ("$") and after it ("dollars").
    public var currenciesBefore: [String: [String]] = [:]
    public var currenciesAfter: [String: [String]] = [:]
    /// Words between an amount and its currency ("de" in "millions de dollars").
    public var currencyJoiners: [String] = []
    /// Words joining the parts of dates: range ("to", "au", "по"), two days ("and", "y"),
    /// words to skip ("de", "года").
    public var dateRangeWords: [String] = []
    public var dateConjunctions: [String] = []
    public var dateFillers: [String] = []
    /// Month names in cases ICU's format and stand-alone forms do not give, each case's
    /// twelve in order (Russian prepositional "в апреле 1915 года").
    public var monthCases: [String: [String]] = [:]
    /// Letters joined to the front of a word (Arabic و ف ب ل ك, and their pairs),
    /// and rewrites where a prefix meets the word ("لال" → "لل").
    public var wordPrefixes: [String] = []
    public var prefixContractions: [Replacement] = []
    /// Separators UN text writes numbers with besides ICU's for the locale: Arabic's
    /// decimal comma with Latin digits ("0,7 في المائة"), Chinese groups of three
    /// set off by a plain space ("1 000例").
    public var decimalSeparators: [String] = []
    public var groupingSeparators: [String] = []

    public init() {}

    /// The union of several languages' words (for text whose language is unknown).
    public static func union(_ all: [FactVocabulary]) -> FactVocabulary {
        var v = FactVocabulary()
        for x in all {
            v.percentAfter += x.percentAfter
            v.percentBefore += x.percentBefore
            v.magnitudes.merge(x.magnitudes) { a, _ in a }
            v.currenciesBefore.merge(x.currenciesBefore) { $0 + $1 }
            v.currenciesAfter.merge(x.currenciesAfter) { $0 + $1 }
            v.currencyJoiners += x.currencyJoiners
            v.dateRangeWords += x.dateRangeWords
            v.dateConjunctions += x.dateConjunctions
            v.dateFillers += x.dateFillers
            v.monthCases.merge(x.monthCases) { a, _ in a }
            v.wordPrefixes += x.wordPrefixes
            v.prefixContractions += x.prefixContractions
            v.decimalSeparators += x.decimalSeparators
            v.groupingSeparators += x.groupingSeparators
        }
        return v
    }

    /// Decodes `facts.yaml`.
    public static func decode(yaml text: String, file: String) throws -> FactVocabulary {
        let root = try YAMLNode.parse(text, file: file)
        let fields = try root.fields("the fact vocabulary", allowed: ["percent", "magnitudes", "currencies", "dates", "wordPrefixes", "separators"])
        var v = FactVocabulary()
        func section(_ key: String, _ allowed: Set<String>) throws -> [String: YAMLNode] {
            guard let node = fields[key] else { return [:] }
            let values = try node.fields("'\(key)'", allowed: allowed.union(["source"]))
            guard values["source"] != nil else { throw node.error("'\(key)' needs a 'source' saying where its words come from") }
            return values
        }
        let percent = try section("percent", ["after", "before"])
        v.percentAfter = try percent["after"]?.strings("the percent words") ?? []
        v.percentBefore = try percent["before"]?.strings("the percent words") ?? []
        let magnitudes = try section("magnitudes", ["words"])
        for (word, _, power) in try magnitudes["words"]?.mappingPairs("the magnitude words") ?? [] {
            v.magnitudes[word] = try power.int("the power of ten of '\(word)'")
        }
        let currencies = try section("currencies", ["before", "after", "joiners"])
        for (code, _, words) in try currencies["before"]?.mappingPairs("the currency words") ?? [] {
            v.currenciesBefore[code] = try words.strings("the words of \(code)")
        }
        for (code, _, words) in try currencies["after"]?.mappingPairs("the currency words") ?? [] {
            v.currenciesAfter[code] = try words.strings("the words of \(code)")
        }
        v.currencyJoiners = try currencies["joiners"]?.strings("the currency joiners") ?? []
        let dates = try section("dates", ["ranges", "conjunctions", "fillers", "monthCases"])
        v.dateRangeWords = try dates["ranges"]?.strings("the range words") ?? []
        v.dateConjunctions = try dates["conjunctions"]?.strings("the conjunctions") ?? []
        v.dateFillers = try dates["fillers"]?.strings("the filler words") ?? []
        for (name, node, months) in try dates["monthCases"]?.mappingPairs("the month cases") ?? [] {
            let names = try months.strings("the months of the \(name) case")
            guard names.count == 12 else { throw node.error("the \(name) case needs twelve month names, January first; found \(names.count)") }
            v.monthCases[name] = names
        }
        let prefixes = try section("wordPrefixes", ["letters", "contractions"])
        v.wordPrefixes = try prefixes["letters"]?.strings("the prefixes") ?? []
        v.prefixContractions = try (prefixes["contractions"]?.sequence("the contractions") ?? []).map { pair in
            let two = try pair.strings("a contraction [from, to]")
            guard two.count == 2 else { throw pair.error("expected a contraction [from, to]") }
            return Replacement(from: two[0], to: two[1])
        }
        let separators = try section("separators", ["decimal", "grouping"])
        func characters(_ key: String) throws -> [String] {
            guard let node = separators[key] else { return [] }
            let list = try node.strings("the \(key) separators")
            if let bad = list.first(where: { $0.unicodeScalars.count != 1 }) {
                throw node.error("a \(key) separator is one character, not '\(bad)'")
            }
            return list
        }
        v.decimalSeparators = try characters("decimal")
        v.groupingSeparators = try characters("grouping")
        return v
    }
}

extension Workspace {
    /// A language's `facts.yaml`; an empty vocabulary when the language has none.
    public func loadFactVocabulary(_ language: String) throws -> FactVocabulary {
        let path = "\(localeFolder(language))/facts.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return FactVocabulary() }
        return try FactVocabulary.decode(yaml: try Self.readText(path), file: path)
    }
}
