import HexaglotTree

/// Where each finding shows in the side-by-side table of the HTML report: the
/// rows (every version's nodes, in document order) and, for each side of each
/// finding, the cell of the node it points at. A side is matched to a node by
/// its excerpt and location; a side with no node (a paragraph missing from a
/// version) falls back to the cell of the finding's node in that version.
struct FindingPlacement {
    struct Cell: Hashable {
        var row: NodeKey
        var version: Int
    }

    let versions: [CheckReport.AlignedVersion]
    let rows: [NodeKey]
    /// Finding indices per cell, in finding order.
    private(set) var cells: [Cell: [Int]] = [:]
    /// Findings that fit no cell, per version column (shown in its header).
    private(set) var headers: [Int: [Int]] = [:]
    /// Whether a finding shows anywhere in the table (the summary links to it only then).
    private(set) var placed: Set<Int> = []

    init(_ report: CheckReport) {
        versions = report.versions
        rows = Self.rows(versions)
        for (index, finding) in report.findings.enumerated() {
            for side in finding.sides {
                guard let version = versionIndex(of: side) else { continue }
                if let cell = cell(for: side, of: finding, in: version) {
                    if cells[cell, default: []].last != index { cells[cell, default: []].append(index) }
                } else if headers[version, default: []].last != index {
                    headers[version, default: []].append(index)
                }
                placed.insert(index)
            }
        }
    }

    /// Every version's nodes in reading order: keys are the checker's rows, which run in
    /// document order (a node only some versions have has its own row at its place).
    static func rows(_ versions: [CheckReport.AlignedVersion]) -> [NodeKey] {
        Set(versions.flatMap { $0.nodes.map(\.key) }).sorted()
    }

    /// How the documents name a row: as the first version that has it does.
    func name(of key: NodeKey) -> String {
        versions.lazy.compactMap { $0.nodes.first { $0.key == key }?.name }.first ?? key.description
    }

    func versionIndex(of side: Finding.Side) -> Int? {
        versions.firstIndex { $0.file == side.file } ?? versions.firstIndex { $0.language == side.language }
    }

    func cell(for side: Finding.Side, of finding: Finding, in version: Int) -> Cell? {
        let nodes = versions[version].nodes
        var candidates = nodes.filter { Self.node($0, contains: side.excerpt) }
        if let line = side.line {
            let located = candidates.filter { node in
                guard let location = node.location, location.line == line, location.part == side.part else { return false }
                return side.part != nil || location.column <= (side.column ?? location.column)
            }
            if !located.isEmpty {
                let nearest = located.map { $0.location?.column ?? 0 }.max()
                candidates = located.filter { ($0.location?.column ?? 0) == nearest }
            }
        }
        if let key = finding.key, let node = candidates.first(where: { $0.key == key }) ?? nodes.first(where: { $0.key == key }) {
            return Cell(row: node.key, version: version)
        }
        if let node = candidates.first(where: { $0.name == finding.node }) ?? candidates.first {
            return Cell(row: node.key, version: version)
        }
        if let key = finding.key, rows.contains(key) { return Cell(row: key, version: version) }
        return rows.first { name(of: $0) == finding.node }.map { Cell(row: $0, version: version) }
    }

    /// Whether a side's excerpt (a window of the node's text, "…" marking cuts) comes from this node.
    static func node(_ node: AlignedNode, contains excerpt: String) -> Bool {
        guard !excerpt.isEmpty else { return false }
        var core = Substring(excerpt)
        if core.hasPrefix("…") { core = core.dropFirst() }
        if core.hasSuffix("…") { core = core.dropLast() }
        let flat = node.text.replacingAll("\n", with: " ")
        return core.isEmpty ? flat.isEmpty : flat.contains(core)
    }
}
