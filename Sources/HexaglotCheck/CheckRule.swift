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

/// What every rule sees: the versions, the reference version the others are
/// compared with, and the facts of each node, extracted once.
public struct CheckContext: Sendable {
    public let versions: [Version]
    public let referenceIndex: Int
    /// States' names in every form, by language, for counting list items.
    public let stateNames: [String: [String]]
    /// What each language writes facts with (from `Locales/`).
    public let knowledge: FactKnowledge
    /// Facts by version index, then node index (the order of the version's `nodes`).
    public let facts: [[[Fact]]]
    /// By version index: for each reference node, the index of the version's node
    /// with its key (the first such), found once for every rule.
    public let partners: [[Int?]]

    /// `knowledge`: what each language writes facts with (`Locales/`); by default the
    /// repository's or the current folder's (`FactKnowledge.standard`).
    public init(versions: [Version], referenceIndex: Int = 0, stateNames: [String: [String]] = [:],
                knowledge: FactKnowledge = .standard) {
        let reference = versions[referenceIndex].document
        // Each version is aligned and its facts extracted independently of the others: in parallel.
        let prepared = Parallel.map(versions) { version in
            let aligned = version.aligned(to: reference)
            let extractor = FactExtractor(facts: knowledge.facts(for: aligned.language))
            return (aligned, aligned.nodes.map { extractor.facts(in: $0.text) })
        }
        let versions = prepared.map(\.0)
        self.versions = versions
        self.referenceIndex = referenceIndex
        self.stateNames = stateNames
        self.knowledge = knowledge
        self.facts = prepared.map(\.1)
        let referenceKeys = versions[referenceIndex].nodes.map(\.key)
        self.partners = versions.map { version in referenceKeys.map { version.index(of: $0) } }
    }

    public var reference: Version { versions[referenceIndex] }

    /// The other versions, with their index.
    public var others: [(Int, Version)] {
        versions.enumerated().filter { $0.offset != referenceIndex }.map { ($0.offset, $0.element) }
    }

    /// One version's side of a finding: the node's location (or the fact's, given its offset) and an excerpt.
    public func side(_ version: Version, _ node: AlignedNode?, at offset: Int? = nil) -> Finding.Side {
        let location = node.flatMap { n in offset.flatMap { version.location(of: n, offset: $0) } ?? n.location }
        return Finding.Side(language: version.language, file: version.file, location: location ?? version.document.source,
                            excerpt: node?.excerpt(around: offset) ?? "")
    }
}
