import HexaglotModel
import Synchronization

extension StatesListRule.Matcher {
    /// At most this many languages' matchers are kept.
    static let keptLimit = 16

    private struct Kept: Sendable {
        var names: [String]
        var prefixes: FactVocabulary
        var matcher: StatesListRule.Matcher
    }

    private static let kept = Mutex<[String: Kept]>([:])

    /// The matcher of `names` in `language`: the one kept for the language if it was made of the same
    /// names and prefixes, else a new one, kept in its place. Making one was a twentieth of a warm
    /// check; a server or a benchmark checks with one `CheckSession.Locales`, whose arrays compare
    /// equal at once (same storage). Only a language with names is kept (the language comes from a
    /// file, its names from the workspace), and at most `keptLimit` languages.
    static func kept(names: [String], language: String, prefixes: FactVocabulary) -> Self {
        guard !names.isEmpty else { return Self(names: names, language: language, prefixes: prefixes) }
        if let known = kept.withLock({ $0[language] }), known.names == names, known.prefixes == prefixes {
            return known.matcher
        }
        let made = Self(names: names, language: language, prefixes: prefixes)
        kept.withLock { kept in
            if kept[language] != nil || kept.count < keptLimit {
                kept[language] = Kept(names: names, prefixes: prefixes, matcher: made)
            }
        }
        return made
    }
}
