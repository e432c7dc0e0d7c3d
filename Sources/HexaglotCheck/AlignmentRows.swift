import HexaglotTree

/// The rows of a check: which node of each version translates which.
extension CheckContext {
    /// Rows: the masthead fields, title and author line by role, footnotes by number, and the
    /// divisions aligned to the reference's by `Alignment`; divisions the reference lacks are
    /// put in rows of their own, shared by the versions that have them at the same place.
    static func align(_ versions: [Version], facts: [[[Fact]]], reference r: Int) -> [Row] {
        let count = versions.count
        func fixedRows(_ include: (NodeKey) -> Bool) -> [Row] {
            var keys: [NodeKey] = []
            var seen = Set<NodeKey>()
            for version in versions { for node in version.nodes where include(node.key) && seen.insert(node.key).inserted { keys.append(node.key) } }
            return keys.sorted().map { key in Row(key: key, members: versions.map { $0.index(of: key) }) }
        }
        let isDivision: (NodeKey) -> Bool = { if case .division = $0 { true } else { false } }
        let head = fixedRows { if case .footnote = $0 { false } else { !isDivision($0) } }
        let tail = fixedRows { if case .footnote = $0 { true } else { false } }

        let divisionIndices = versions.map { version in version.nodes.indices.filter { isDivision(version.nodes[$0].key) } }
        let items = Parallel.map(Array(versions.indices)) { v in
            divisionIndices[v].map { i in Self.item(versions[v].nodes[i], facts[v][i]) }
        }
        let referenceCount = divisionIndices[r].count
        // matched[v][i]: version v's division matched to reference division i; inserted[v][g]: its divisions in gap g (before reference division g).
        var matched = [[Int?]](repeating: [Int?](repeating: nil, count: referenceCount), count: count)
        var inserted = [[[Int]]](repeating: [[Int]](repeating: [], count: referenceCount + 1), count: count)
        let alignments = Parallel.map(Array(versions.indices)) { v in v == r ? [] : Alignment.align(items[r], items[v]) }
        for v in versions.indices {
            if v == r {
                for i in 0..<referenceCount { matched[v][i] = i }
                continue
            }
            var gap = 0
            for step in alignments[v] {
                switch step {
                case .match(let i, let j): matched[v][i] = j; gap = i + 1
                case .onlyReference(let i): gap = i + 1
                case .onlyVersion(let j): inserted[v][gap].append(j)
                }
            }
        }
        var body: [Row] = []
        func addRow(_ members: [Int?]) {
            body.append(Row(key: .division(body.count), members: members.enumerated().map { v, d in d.map { divisionIndices[v][$0] } }))
        }
        for gap in 0...referenceCount {
            let width = inserted.map { $0[gap].count }.max() ?? 0
            for k in 0..<width { addRow(inserted.map { k < $0[gap].count ? $0[gap][k] : nil }) }
            if gap < referenceCount { addRow(matched.map { $0[gap] }) }
        }
        return head + body + tail
    }

    static func item(_ node: AlignedNode, _ facts: [Fact]) -> Alignment.Item {
        var length = 0
        for scalar in node.text.unicodeScalars where !ScalarClass.isWhitespace(scalar) {
            length += ScalarClass.isHan(scalar) ? 2 : 1
        }
        return Alignment.Item(kind: node.division?.kind ?? .paragraph, number: node.division?.number?.path,
                              facts: facts.map { "\($0.kind.rawValue):\($0.value)" }.sorted(),
                              footnotes: node.content.footnoteRefs.count, length: length)
    }
}
