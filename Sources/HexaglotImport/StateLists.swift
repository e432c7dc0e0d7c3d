import HexaglotModel
import HexaglotRender
import HexaglotTree

/// Lists of States to `{states:…}` values: where every version of a row names
/// the same States in a run (names with only list punctuation or a list word
/// between them), the list becomes one value, in the order of the language that
/// keeps the model's order (else the first version's), cited wherever the
/// renderer writes the list exactly as the version does.
extension ImportBuilder {
    mutating func assignStateLists() {
        let wordings = languageProbes.map { $0.stateWordings() }
        for (row, aligned) in context.rows.enumerated() {
            let members = aligned.members.enumerated().compactMap { v, i in i.map { (v: v, node: $0) } }
            guard !members.isEmpty else { continue }
            let runs = members.map { Self.stateRuns(in: nodeTexts[$0.v][$0.node], wordings: wordings[$0.v], prefixes: wordPrefixes[$0.v]) }
            let count = runs.map(\.count).min() ?? 0
            for k in 0..<count {
                let sets = runs.map { Set($0[k].codes) }
                guard sets.allSatisfy({ $0 == sets[0] }) else { continue }
                let orderFrom = members.indices.first { languageProbes[members[$0].v].keepsModelOrder } ?? 0
                let data = ValueData.states(runs[orderFrom][k].codes)
                var found: [(Int, Int, Range<Int>, [String])] = []
                for (m, member) in members.enumerated() {
                    let text = nodeTexts[member.v][member.node]
                    let run = runs[m][k].range
                    for modifiers in languageProbes[member.v].modifierChoices(for: .states) {
                        guard let written = languageProbes[member.v].text(of: data, modifiers: modifiers) else { continue }
                        let needle = Array(written.unicodeScalars)
                        // The list as the renderer writes it, around the run of names found.
                        let window = max(0, run.lowerBound - 16)..<min(text.count, run.upperBound + 16)
                        if let at = Self.firstOccurrence(of: needle, in: Array(text[window])) {
                            found.append((member.v, member.node, (window.lowerBound + at)..<(window.lowerBound + at + needle.count), modifiers))
                            break
                        }
                    }
                }
                statistics.stateLists += members.count
                guard !found.isEmpty else { continue }
                let valueId = uniqueValueId("\(rowOwners[row]).states")
                values.append((valueId, data))
                for (v, node, range, modifiers) in found {
                    replacements[v][node, default: []].append((range, "{states:\(valueId)" + modifiers.map { "|" + $0 }.joined() + "}"))
                }
                statistics.typedStateLists += found.count
            }
        }
    }

    /// Runs of two or more State names, each gap between names short and without digits.
    /// A name may have one of the language's joined prefixes before it ("وأستراليا").
    static func stateRuns(in text: [Unicode.Scalar], wordings: [(code: String, wording: [Unicode.Scalar])],
                          prefixes: [String] = []) -> [(range: Range<Int>, codes: [String])] {
        var covered = [Bool](repeating: false, count: text.count)
        var names: [(range: Range<Int>, code: String)] = []
        let prefixScalars = prefixes.map { Array($0.unicodeScalars) }
        /// Where a word may start: at a non-letter, or right after a prefix that starts at one.
        func startsWord(_ at: Int) -> Bool {
            if at == 0 || !text[at - 1].properties.isAlphabetic { return true }
            return prefixScalars.contains { p in
                at >= p.count && text[(at - p.count)..<at].elementsEqual(p) && (at == p.count || !text[at - p.count - 1].properties.isAlphabetic)
            }
        }
        for (code, wording) in wordings {
            var starts: [Int] = []
            if let first = wording.first, wording.count <= text.count {
                for at in 0...(text.count - wording.count) where text[at] == first && text[at..<(at + wording.count)].elementsEqual(wording) {
                    let end = at + wording.count
                    let endsWord = end == text.count || ScalarClass.isHan(wording.last!) || !text[end].properties.isAlphabetic
                    if (ScalarClass.isHan(first) || startsWord(at)) && endsWord { starts.append(at) }
                }
            }
            for at in starts where !covered[at..<(at + wording.count)].contains(true) {
                for i in at..<(at + wording.count) { covered[i] = true }
                names.append((at..<(at + wording.count), code))
            }
        }
        names.sort { $0.range.lowerBound < $1.range.lowerBound }
        var runs: [(range: Range<Int>, codes: [String])] = []
        var current: [(range: Range<Int>, code: String)] = []
        func close() {
            if current.count >= 2 { runs.append((current.first!.range.lowerBound..<current.last!.range.upperBound, current.map(\.code))) }
            current = []
        }
        for name in names {
            if let last = current.last {
                let gap = text[last.range.upperBound..<name.range.lowerBound]
                if gap.count > 8 || gap.contains(where: { $0.properties.numericType != nil }) { close() }
            }
            current.append(name)
        }
        close()
        return runs
    }
}
