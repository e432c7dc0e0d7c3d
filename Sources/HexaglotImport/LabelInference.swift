import HexaglotModel
import HexaglotRender
import HexaglotTree

/// Each language's label patterns, read off the labels as printed: for each
/// numbering name, the pattern that gives the most of its labels ("Статья {n}",
/// "第{n|spellout}条", "{1}.{n|letters}"); a label no pattern gives is written
/// out for its division ("Article premier").
extension ImportBuilder {
    mutating func inferLabels(divisionLists: [[Division]], firstDivision: [Int]) {
        for v in versions.indices {
            let probe = languageProbes[v]
            var byName: [String: [(node: Int, label: String)]] = [:]
            for (index, node) in nodes.enumerated() {
                guard let member = context.rows[node.row].members[v] else { continue }
                let label = divisionLists[v][member - firstDivision[v]].label
                guard let name = node.numbering else {
                    if !label.isEmpty { labels[v][node.id] = label; statistics.writtenLabels += 1 }
                    continue
                }
                if label.isEmpty { labels[v][node.id] = ""; continue }
                byName[name, default: []].append((index, label))
            }
            for (name, entries) in byName.sorted(by: { $0.key < $1.key }) {
                var votes: [String: Int] = [:]
                var order: [String] = []
                var candidatesByNode: [Int: Set<String>] = [:]
                for (node, label) in entries {
                    let candidates = Self.patterns(for: label, number: nodes[node].number, probe: probe)
                    candidatesByNode[node] = Set(candidates)
                    for pattern in candidates {
                        if votes[pattern] == nil { order.append(pattern) }
                        votes[pattern, default: 0] += 1
                    }
                }
                let best = order.max { a, b in votes[a]! < votes[b]! || (votes[a]! == votes[b]! && order.firstIndex(of: a)! > order.firstIndex(of: b)!) }
                if let best { numbering[v][name] = best }
                for (node, label) in entries where best == nil || candidatesByNode[node]?.contains(best!) != true {
                    labels[v][nodes[node].id] = label
                    statistics.writtenLabels += 1
                }
            }
        }
    }

    /// The patterns that give `label` for `number` in this language, the plainest style first.
    static func patterns(for label: String, number: [Int], probe: LanguageProbe) -> [String] {
        guard let last = number.last else { return [] }
        var result: [String] = []
        let scalars = Array(label.unicodeScalars)
        for (styleName, text) in probe.labelStyles(for: last) {
            let needle = Array(text.unicodeScalars)
            guard let at = Self.lastOccurrence(of: needle, in: scalars) else { continue }
            var prefix = Self.escaped(Array(scalars[..<at]))
            // The levels above, in digits, left to right.
            var searchFrom = prefix.startIndex
            for level in 1..<number.count {
                guard let range = prefix.range(of: String(number[level - 1]), range: searchFrom..<prefix.endIndex) else { break }
                prefix.replaceSubrange(range, with: "{\(level)}")
                searchFrom = prefix.index(range.lowerBound, offsetBy: "{\(level)}".count)
            }
            let pattern = prefix + "{n" + (styleName.map { "|" + $0 } ?? "") + "}" + Self.escaped(Array(scalars[(at + needle.count)...]))
            guard let parsed = try? LabelPattern(parsing: pattern), probe.label(parsed, number: number) == label else { continue }
            if !result.contains(pattern) { result.append(pattern) }
        }
        return result
    }

    static func lastOccurrence(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        return stride(from: text.count - needle.count, through: 0, by: -1).first { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Literal text for a pattern or prose: braces doubled.
    static func escaped<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = ""
        for c in scalars {
            if c == "{" { out += "{{" } else if c == "}" { out += "}}" } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
