import HexaglotCheck
import HexaglotModel
import HexaglotRender
import HexaglotTree

/// Where a piece of a version's text goes in its template.
enum Slot: Hashable {
    case title
    case header(String)
    case heading(String)
    case body(String)
    case footnote(String)
}

/// Builds the model and the templates from aligned versions (see `DocumentImport`).
struct ImportBuilder {
    let id: String
    let context: CheckContext
    let languageProbes: [LanguageProbe]
    var versions: [Version] { context.versions }
    var statistics = ImportStatistics()

    // The model.
    var values: [(id: String, data: ValueData)] = []
    var valueIds: Set<String> = []
    var header: [HeaderLineModel] = []
    var nodes: [ModelNode] = []
    var roots: [Int] = []
    var footnotes: [String] = []

    // The templates, by version index.
    var prose: [[Slot: String]]
    var absent: [Set<Slot>]
    var numbering: [[String: String]]
    var labels: [[String: String]]

    /// Where each node of each version goes: its parts (slot, content, offset in the node's text).
    var parts: [[[(slot: Slot, content: [Inline], start: Int)]]]
    /// Each node's text, by version then node index.
    let nodeTexts: [[[Unicode.Scalar]]]
    /// The owner id of each row (for value ids).
    var rowOwners: [String]
    /// Placeholders replacing ranges of each node's text, by version then node index.
    var replacements: [[Int: [(range: Range<Int>, placeholder: String)]]]

    struct ModelNode {
        var id: String
        var kind: DivisionKind
        var number: [Int]
        var numbering: String?
        var footnotes: [String] = []
        var children: [Int] = []
        var row: Int
    }

    init(id: String, context: CheckContext, probes: [LanguageProbe]) throws {
        self.id = id
        self.context = context
        self.languageProbes = probes
        let count = context.versions.count
        prose = Array(repeating: [:], count: count)
        absent = Array(repeating: [], count: count)
        numbering = Array(repeating: [:], count: count)
        labels = Array(repeating: [:], count: count)
        parts = context.versions.map { $0.nodes.map { _ in [] } }
        rowOwners = Array(repeating: "", count: context.rows.count)
        replacements = Array(repeating: [:], count: count)
        nodeTexts = context.versions.map { $0.nodes.map { Array($0.text.unicodeScalars) } }
        for version in context.versions {
            let expected = Self.nodeCount(of: version.document)
            guard expected == version.nodes.count else {
                throw HexaglotError.internalFailure("import: \(version.file) has \(version.nodes.count) aligned nodes, its tree \(expected)")
            }
        }
    }

    /// What `Version` makes nodes of: the masthead roles present, title, author, every division, every footnote.
    static func nodeCount(of document: Document) -> Int {
        Set(document.masthead.map(\.role)).count + 2 + document.allDivisions.count + document.footnotes.count
    }

    mutating func build() {
        buildStructure()
        assignValues()
        writeProse()
    }

    // MARK: Structure

    private mutating func buildStructure() {
        let r = context.referenceIndex
        let divisionLists = versions.map { $0.document.allDivisions }
        let firstDivision = versions.map { v in v.nodes.firstIndex { if case .division = $0.key { true } else { false } } ?? v.nodes.count }
        let referenceParents = Self.parents(of: versions[r].document)
        var modelIndexOfReferenceDivision: [Int: Int] = [:]
        var usedIds: Set<String> = ["title"]
        func unique(_ base: String, parent: Int?) -> String {
            var candidate = base
            if usedIds.contains(candidate), let parent { candidate = nodes[parent].id + "." + base }
            var k = 2
            while usedIds.contains(candidate) { candidate = "\(base)-\(k)"; k += 1 }
            usedIds.insert(candidate)
            return candidate
        }
        let divisionRows = context.rows.indices.filter { if case .division = context.rows[$0].key { true } else { false } }
        for (position, row) in divisionRows.enumerated() {
            let members = context.rows[row].members
            let primary = members[r] != nil ? r : members.firstIndex { $0 != nil }!
            let division = divisionLists[primary][members[primary]! - firstDivision[primary]]
            var parent: Int?
            if let member = members[r] {
                parent = referenceParents[member - firstDivision[r]].flatMap { modelIndexOfReferenceDivision[$0] }
            } else if let next = divisionRows[(position + 1)...].first(where: { context.rows[$0].members[r] != nil }) {
                parent = referenceParents[context.rows[next].members[r]! - firstDivision[r]].flatMap { modelIndexOfReferenceDivision[$0] }
            } else if let last = nodes.indices.last {
                parent = Self.parent(of: last, in: nodes)
            }
            let number = division.number?.path ?? []
            let base = division.kind.rawValue + "-" + (number.isEmpty ? "u\(position + 1)" : (division.number!.canonical).replacingAll(".", with: "-"))
            let nodeId = unique(base, parent: parent)
            let name = division.label.isEmpty || number.isEmpty ? nil : Self.numberingName(division)
            nodes.append(ModelNode(id: nodeId, kind: division.kind, number: number, numbering: name, row: row))
            let index = nodes.count - 1
            if let parent { nodes[parent].children.append(index) } else { roots.append(index) }
            if let member = members[r] { modelIndexOfReferenceDivision[member - firstDivision[r]] = index }
            rowOwners[row] = nodeId
            for (v, member) in members.enumerated() {
                guard let member else { absent[v].insert(.body(nodeId)); continue }
                let d = divisionLists[v][member - firstDivision[v]]
                var slots: [(Slot, [Inline], Int)] = []
                if !d.heading.isEmpty { slots.append((.heading(nodeId), d.heading, 0)) }
                let contentStart = d.heading.isEmpty ? 0 : d.heading.plainText.unicodeScalars.count + (d.content.isEmpty ? 0 : 1)
                slots.append((.body(nodeId), d.content, contentStart))
                parts[v][member] = slots
                for ref in (d.heading + d.content).footnoteRefs where v == primary {
                    nodes[index].footnotes.append(Self.footnoteId(ref.number))
                }
            }
        }
        inferLabels(divisionLists: divisionLists, firstDivision: firstDivision)
        buildHeader()
        buildFootnotes()
    }

    static func footnoteId(_ number: Int) -> String { "fn\(number)" }

    /// "article", "target-letter-2": the kind, the scheme where not digits, the depth where more than one.
    static func numberingName(_ division: Division) -> String {
        guard let number = division.number else { return division.kind.rawValue }
        return division.kind.rawValue + (number.scheme == .decimal ? "" : "-\(number.scheme.rawValue)")
            + (number.path.count > 1 ? "-\(number.path.count)" : "")
    }

    /// The parent of each division (preorder index), nil at the top.
    static func parents(of document: Document) -> [Int?] {
        var result: [Int?] = []
        func walk(_ division: Division, parent: Int?) {
            let index = result.count
            result.append(parent)
            for child in division.children { walk(child, parent: index) }
        }
        for division in document.body { walk(division, parent: nil) }
        return result
    }

    static func parent(of index: Int, in nodes: [ModelNode]) -> Int? {
        nodes.firstIndex { $0.children.contains(index) }
    }

    private mutating func buildHeader() {
        for (row, aligned) in context.rows.enumerated() {
            switch aligned.key {
            case .masthead(let role):
                let lineCounts = versions.map { $0.document.masthead.filter { $0.role == role }.count }
                let total = lineCounts.max() ?? 0
                let ids = (0..<total).map { total == 1 ? role.rawValue : "\(role.rawValue)-\($0 + 1)" }
                rowOwners[row] = role.rawValue
                for lineId in ids { header.append(HeaderLineModel(id: lineId, place: .masthead(role))) }
                for (v, member) in aligned.members.enumerated() {
                    let lines = versions[v].document.masthead.filter { $0.role == role }
                    var start = 0
                    var slots: [(Slot, [Inline], Int)] = []
                    for (k, lineId) in ids.enumerated() {
                        guard member != nil, k < lines.count else { absent[v].insert(.header(lineId)); continue }
                        slots.append((.header(lineId), lines[k].content, start))
                        start += lines[k].content.plainText.unicodeScalars.count + 1
                    }
                    if let member { parts[v][member] = slots }
                }
            case .title:
                rowOwners[row] = "title"
                for (v, member) in aligned.members.enumerated() {
                    if let member { parts[v][member] = [(.title, versions[v].document.title.content, 0)] } else { prose[v][.title] = "" }
                }
            case .author:
                rowOwners[row] = "author"
                guard versions.contains(where: { !$0.document.author.content.isEmpty }) else { continue }
                header.append(HeaderLineModel(id: "author", place: .author))
                for (v, member) in aligned.members.enumerated() {
                    let content = versions[v].document.author.content
                    if let member, !content.isEmpty { parts[v][member] = [(.header("author"), content, 0)] } else { absent[v].insert(.header("author")) }
                }
            case .division, .footnote:
                continue
            }
        }
        // Footnotes cited from header lines and the title.
        let primary = context.referenceIndex
        for (k, line) in header.enumerated() {
            for part in parts[primary].flatMap({ $0 }) where part.slot == .header(line.id) {
                header[k].footnotes += part.content.footnoteRefs.map { Self.footnoteId($0.number) }
            }
        }
    }

    private mutating func buildFootnotes() {
        for (row, aligned) in context.rows.enumerated() {
            guard case .footnote(let number) = aligned.key else { continue }
            let footnoteId = Self.footnoteId(number)
            footnotes.append(footnoteId)
            rowOwners[row] = footnoteId
            for (v, member) in aligned.members.enumerated() {
                guard let member, let footnote = versions[v].document.footnotes.first(where: { $0.number == number }) else {
                    prose[v][.footnote(footnoteId)] = ""
                    continue
                }
                parts[v][member] = [(.footnote(footnoteId), footnote.content, 0)]
            }
        }
    }
}
