import HexaglotTree

/// A list of States has as many items in each version: the names of States
/// (every form in every language's `states.yaml`) are counted node by node.
public struct StatesListRule: CheckRule {
    public let id = "lists.states"
    public let severity = Finding.Severity.error
    public let summary = "lists of States have the same number of items in each version"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let reference = context.reference
        let want = Self.counts(in: reference, names: context.stateNames[reference.language] ?? [])
        for (_, version) in context.others {
            let have = Self.counts(in: version, names: context.stateNames[version.language] ?? [])
            for node in reference.nodes {
                guard let other = version.node(node.key), let want = want[node.key], let have = have[other.key] else { continue }
                guard want != have, want > 1 || have > 1 else { continue }
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(node.name) names \(have) State\(have == 1 ? "" : "s") in the \(version.language) version and \(want) in the \(reference.language) version",
                    node: node.name, key: node.key, sides: [context.side(reference, node), context.side(version, other)]))
            }
        }
        return findings
    }

    /// How many names each node of a version holds (first node of a key).
    static func counts(in version: Version, names: [String]) -> [NodeKey: Int] {
        let matcher = Matcher(names: names)
        var counts: [NodeKey: Int] = [:]
        for node in version.nodes where counts[node.key] == nil {
            counts[node.key] = matcher.count(in: node.text)
        }
        return counts
    }

    /// The names of one language, grouped by first scalar, longest first: a text is
    /// read once from the left, taking at each place the longest name that is a word there.
    struct Matcher {
        private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
        /// Which BMP scalars start a name: most words are ruled out without hashing.
        private let startsName: [Bool]

        init(names: [String]) {
            var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
            for name in Set(names) {
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
            while i < s.count {
                if s[i].value > 0xFFFF || startsName[Int(s[i].value)], StatesListRule.mayStartWord(s, i), let candidates = byFirst[s[i]],
                   let name = candidates.first(where: { name in
                       name.count <= s.count - i && s[i..<(i + name.count)].elementsEqual(name)
                           && StatesListRule.isWholeWord(s, i..<(i + name.count))
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
    /// a letter at the start of a word, after a joined Arabic letter (see
    /// `isWholeWord`), or any Han character.
    static func mayStartWord(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard ScalarClass.isAlphabetic(s[i]) else { return false }
        if i == 0 || !ScalarClass.isAlphabetic(s[i - 1]) || isHan(s[i]) { return true }
        return arabicJoinedLetters.contains(s[i - 1]) && (i == 1 || !ScalarClass.isAlphabetic(s[i - 2]))
    }

    private static let arabicJoinedLetters: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك"]

    private static func isHan(_ c: Unicode.Scalar) -> Bool { (0x3400...0x9FFF).contains(c.value) }

    /// A name counts only as a word of its own, not inside a longer word
    /// ("كينيا" in "تمكينياً"). Arabic joins a one-letter conjunction or
    /// preposition to the word after it ("والصين"); Han script has no word breaks.
    static func isWholeWord(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = s[range].first, !isHan(first) else { return true }
        if range.upperBound < s.count, ScalarClass.isAlphabetic(s[range.upperBound]) { return false }
        var start = range.lowerBound
        if start > 0, arabicJoinedLetters.contains(s[start - 1]), start == 1 || !ScalarClass.isAlphabetic(s[start - 2]) {
            start -= 1
        }
        return start == 0 || !ScalarClass.isAlphabetic(s[start - 1])
    }
}
