import HexaglotICU
import HexaglotModel
import HexaglotTree

/// A list of States has as many items in each version: the names of States
/// (every form in every language's `states.yaml`) are counted node by node,
/// each as whole words by ICU's word breaks (dictionary-based for Chinese:
/// "发展中国家", developing countries, does not name 中国, China), with the
/// letters a language joins to the front of a word ("والبرازيل", "للبرازيل";
/// `wordPrefixes` in `facts.yaml`).
public struct StatesListRule: CheckRule {
    public let id = "lists.states"
    public let severity = Finding.Severity.error
    public let summary = "lists of States have the same number of items in each version"
    /// It reads every node of every version for names, with ICU's word breaks.
    public let isCostly = true
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        let matchers = Parallel.map(context.versions) { version in
            Matcher.kept(names: context.stateNames[version.language] ?? [], language: version.language,
                         prefixes: context.knowledge.facts(for: version.language).vocabulary)
        }
        let counts = Parallel.mapNodes(of: context.versions) { v, node in matchers[v].count(in: node.text) }
        var findings: [Finding] = []
        for row in context.rows {
            let present = context.present(row)
            let have = present.map { (version: $0, count: counts[$0][row.members[$0]!]) }
            guard have.count >= 2, have.contains(where: { $0.count > 1 }) else { continue }  // a list names two or more
            let consensus = Consensus(have.map { ($0.version, $0.count) }, reference: context.referenceIndex)
            guard let witness = consensus.agreeing.first else { continue }
            let want = counts[witness][row.members[witness]!]
            for odd in consensus.odd {
                let version = context.versions[odd], other = context.versions[witness], count = counts[odd][row.members[odd]!]
                let name = context.name(of: row)
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(name) names \(count) State\(count == 1 ? "" : "s") in the \(version.language) version and \(want) in the \(other.language) version",
                    node: name, key: row.key, sides: [context.side(other, context.node(row, witness)), context.side(version, context.node(row, odd))]))
            }
        }
        return findings
    }

    /// The names of one language, grouped by first scalar, longest first: a text is
    /// read once from the left, taking at each place the longest name that is a word there.
    struct Matcher {
        private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
        /// Which BMP scalars start a name: most words are ruled out without hashing.
        private let startsName: [Bool]

        /// ICU locale of the word breaks.
        private let locale: String

        /// `names` in every form, and each with every joined prefix of `prefixes`
        /// (contractions applied: ل + البرازيل = للبرازيل); by default the prefixes
        /// of `language` in the repository's Locales (every language's for "").
        init(names: [String], language: String = "", prefixes: FactVocabulary? = nil) {
            locale = language.isEmpty ? "en" : language
            let prefixes = prefixes ?? FactKnowledge.standard.facts(for: language).vocabulary
            var all = Set(names)
            for name in names {
                for prefix in prefixes.wordPrefixes {
                    all.insert(prefixes.prefixContractions.reduce(prefix + name) { text, c in
                        text.hasPrefix(c.from) ? c.to + text.dropFirst(c.from.count) : text
                    })
                }
            }
            var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
            for name in all {
                let scalars = name.scalarArray
                guard let first = scalars.first else { continue }
                byFirst[first, default: []].append(scalars)
            }
            var startsName = [Bool](repeating: false, count: 0x10000)
            for first in byFirst.keys where first.value <= 0xFFFF { startsName[Int(first.value)] = true }
            self.startsName = startsName
            self.byFirst = byFirst.mapValues { names in
                names.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
            }
        }

        func count(in text: String) -> Int {
            let s = text.scalarArray
            var count = 0, i = 0
            var boundaries: Set<Int>?  // ICU's, computed once a name is seen
            func isWholeWord(_ range: Range<Int>) -> Bool {
                if boundaries == nil { boundaries = Set((try? WordBreaks(locale: locale).boundaries(in: s)) ?? Array(0...s.count)) }
                return boundaries!.contains(range.lowerBound) && boundaries!.contains(range.upperBound)
            }
            while i < s.count {
                if s[i].value > 0xFFFF || startsName[Int(s[i].value)], StatesListRule.mayStartWord(s, i), let candidates = byFirst[s[i]],
                   let name = candidates.first(where: { name in
                       name.count <= s.count - i && s[i..<(i + name.count)].elementsEqual(name)
                           && isWholeWord(i..<(i + name.count))
                   }) {
                    count += 1
                    i += name.count
                } else {
                    i += 1
                }
            }
            return count
        }
    }

    /// Whether a name could start at `i` (a cheap test before looking names up):
    /// a letter at the start of a word, or any Han character (Chinese has no
    /// spaces; ICU's dictionary tells the words).
    static func mayStartWord(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard ScalarClass.isAlphabetic(s[i]) else { return false }
        return i == 0 || !ScalarClass.isAlphabetic(s[i - 1]) || ScalarClass.isHan(s[i])
    }

}
