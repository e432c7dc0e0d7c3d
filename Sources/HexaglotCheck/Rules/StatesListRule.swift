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
        for (_, version) in context.others {
            for node in reference.nodes {
                guard let other = version.node(node.key) else { continue }
                let want = Self.count(node.text, names: context.stateNames[reference.language] ?? [])
                let have = Self.count(other.text, names: context.stateNames[version.language] ?? [])
                guard want != have, want > 1 || have > 1 else { continue }
                findings.append(Finding(rule: id, severity: severity,
                    message: "\(node.key) names \(have) State\(have == 1 ? "" : "s") in the \(version.language) version and \(want) in the \(reference.language) version",
                    node: node.key.description, sides: [context.side(reference, node), context.side(version, other)]))
            }
        }
        return findings
    }

    /// Non-overlapping occurrences of any name, longest names first.
    static func count(_ text: String, names: [String]) -> Int {
        var scalars = Array(text.unicodeScalars)
        var count = 0
        for name in names.sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count }) {
            let needle = Array(name.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var i = 0
            while i + needle.count <= scalars.count {
                if scalars[i..<(i + needle.count)].elementsEqual(needle), isWholeWord(scalars, i..<(i + needle.count)) {
                    count += 1
                    for k in i..<(i + needle.count) { scalars[k] = "\u{0}" }
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return count
    }

    /// A name counts only as a word of its own, not inside a longer word
    /// ("كينيا" in "تمكينياً"). Arabic joins a one-letter conjunction or
    /// preposition to the word after it ("والصين"); Han script has no word breaks.
    static func isWholeWord(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let first = s[range].first, !(0x3400...0x9FFF).contains(first.value) else { return true }
        if range.upperBound < s.count, s[range.upperBound].properties.isAlphabetic { return false }
        var start = range.lowerBound
        if start > 0, ["و", "ف", "ب", "ل", "ك"].contains(s[start - 1]), start == 1 || !s[start - 2].properties.isAlphabetic {
            start -= 1
        }
        return start == 0 || !s[start - 1].properties.isAlphabetic
    }
}
