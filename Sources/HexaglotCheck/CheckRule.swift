import HexaglotTree

/// One rule of the checker, in a file of its own (as swift-format's rules):
/// it looks at the versions and returns findings; it never prints.
public protocol CheckRule: Sendable {
    /// A stable id, e.g. "footnotes.citation".
    var id: String { get }
    var severity: Finding.Severity { get }
    /// One line on what the rule enforces, for reports.
    var summary: String { get }
    func check(_ context: CheckContext) -> [Finding]
}

/// What every rule sees: the versions, the reference version, the facts of
/// each node (extracted once), and the rows of the alignment: which node of
/// each version translates which.
public struct CheckContext: Sendable {
    public let versions: [Version]
    public let referenceIndex: Int
    /// States' names in every form, by language, for counting list items.
    public let stateNames: [String: [String]]
    /// What each language writes facts with (from `Locales/`).
    public let knowledge: FactKnowledge
    /// Facts by version index, then node index (the order of the version's `nodes`).
    public let facts: [[[Fact]]]
    /// The alignment, in document order: for each row, the index in each version's `nodes` of its node there, if any.
    public let rows: [Row]
    /// By version index: for each reference node, the index of the version's node in its row (nil when it has none).
    public let partners: [[Int?]]

    public struct Row: Sendable {
        public var key: NodeKey
        /// By version index.
        public var members: [Int?]
    }

    /// `knowledge`: what each language writes facts with (`Locales/`); by default the
    /// repository's or the current folder's (`FactKnowledge.standard`).
    public init(versions: [Version], referenceIndex: Int = 0, stateNames: [String: [String]] = [:],
                knowledge: FactKnowledge = .standard) {
        let facts = Parallel.map(versions) { version in
            let extractor = FactExtractor(facts: knowledge.facts(for: version.language))
            return version.nodes.map { extractor.facts(in: $0.text) }
        }
        let rows = Self.align(versions, facts: facts, reference: referenceIndex)
        // Every node takes its row's key.
        var keys = versions.map { $0.nodes.map(\.key) }
        for row in rows {
            for (v, member) in row.members.enumerated() { if let member { keys[v][member] = row.key } }
        }
        let versions = versions.enumerated().map { $1.keyed(keys[$0]) }
        self.versions = versions
        self.referenceIndex = referenceIndex
        self.stateNames = stateNames
        self.knowledge = knowledge
        self.facts = facts
        self.rows = rows
        let referenceKeys = versions[referenceIndex].nodes.map(\.key)
        self.partners = versions.map { version in referenceKeys.map { version.index(of: $0) } }
    }

    public var reference: Version { versions[referenceIndex] }

    /// The other versions, with their index.
    public var others: [(Int, Version)] {
        versions.enumerated().filter { $0.offset != referenceIndex }.map { ($0.offset, $0.element) }
    }

    /// A row's node in one version.
    public func node(_ row: Row, _ version: Int) -> AlignedNode? {
        row.members[version].map { versions[version].nodes[$0] }
    }

    /// How the documents name a row's node: as the reference does, else as the first version that has it.
    public func name(of row: Row) -> String {
        if let node = node(row, referenceIndex) { return node.name }
        return versions.indices.lazy.compactMap { node(row, $0)?.name }.first ?? row.key.description
    }

    /// One version's side of a finding: the node's location (or the fact's, given its offset) and an excerpt.
    public func side(_ version: Version, _ node: AlignedNode?, at offset: Int? = nil) -> Finding.Side {
        let location = node.flatMap { n in offset.flatMap { version.location(of: n, offset: $0) } ?? n.location }
        return Finding.Side(language: version.language, file: version.file, location: location ?? version.document.source,
                            excerpt: node?.excerpt(around: offset) ?? "")
    }

    // MARK: Alignment

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
        let items = versions.indices.map { v in
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
            length += (0x3400...0x9FFF).contains(scalar.value) ? 2 : 1
        }
        return Alignment.Item(kind: node.division?.kind ?? .paragraph, number: node.division?.number?.path,
                              facts: facts.map { "\($0.kind.rawValue):\($0.value)" }.sorted(),
                              footnotes: node.content.footnoteRefs.count, length: length)
    }
}
