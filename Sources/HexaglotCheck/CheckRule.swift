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
    /// Whether the rule takes much longer than the others (the checker starts it first); false unless it says so.
    var isCostly: Bool { get }
}

extension CheckRule {
    public var isCostly: Bool { false }
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

    public struct Row: Sendable {
        public var key: NodeKey
        /// By version index.
        public var members: [Int?]
    }

    /// `knowledge`: what each language writes facts with (`Locales/`); by default the
    /// repository's or the current folder's (`FactKnowledge.standard`).
    public init(versions: [Version], referenceIndex: Int = 0, stateNames: [String: [String]] = [:],
                knowledge: FactKnowledge = .standard) {
        let facts = Self.facts(of: versions, knowledge: knowledge)
        self.init(versions: versions, referenceIndex: referenceIndex, stateNames: stateNames, knowledge: knowledge, facts: facts)
    }

    /// The facts of every version, extracted in runs of nodes spread over the cores.
    static func facts(of versions: [Version], knowledge: FactKnowledge) -> [[[Fact]]] {
        // Made on the cores too: a language's first extractor formats its month names and numbers in words.
        let extractors = Parallel.map(versions) { knowledge.extractor(for: $0.language) }
        return Parallel.mapNodes(of: versions) { v, node in extractors[v].facts(in: node.text) }
    }

    /// The facts of each node of `version`, in the order of its `nodes`.
    static func facts(of version: Version, knowledge: FactKnowledge) -> [[Fact]] {
        let extractor = knowledge.extractor(for: version.language)
        return version.nodes.map { extractor.facts(in: $0.text) }
    }

    /// With the facts already extracted (`facts[v]` by `facts(of:knowledge:)` for `versions[v]`).
    init(versions: [Version], referenceIndex: Int, stateNames: [String: [String]], knowledge: FactKnowledge, facts: [[[Fact]]]) {
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

    /// The versions that have a node in a row.
    public func present(_ row: Row) -> [Int] {
        versions.indices.filter { row.members[$0] != nil }
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

    /// One version's side of a finding on a footnote reference (one of `node.footnoteReferences`):
    /// at the reference itself where the reader located it in a text file, else at its offset.
    public func side(_ version: Version, _ node: AlignedNode, reference: AlignedNode.FootnoteReference) -> Finding.Side {
        var side = side(version, node, at: reference.offset)
        if let location = reference.ref.location, location.part == nil {
            side.line = location.line
            side.column = location.column
        }
        return side
    }
}
