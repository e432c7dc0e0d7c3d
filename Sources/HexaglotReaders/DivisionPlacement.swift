import HexaglotTree

/// Builds the body's tree of divisions as labels come, deciding where each
/// stands from the divisions still open (the path from the root to the last one):
/// 1. a label with a heading word ("Article 5", "第二章") closes every division
///    that is not a heading of a higher rank, and opens under the one that is;
/// 2. a label that comes next after an open division of the same scheme and
///    style ("(b)" after "(a)", "(i)" after "(h)", "二." after "一.") is its sibling;
/// 3. a hierarchical number ("1.a") is a child of the division its prefix numbers ("1.");
/// 4. else it stands beside the nearest open division of its style (a restart, or
///    a numbering fault that the checker reports), never inside its own list;
/// 5. else it opens a list under the last division.
/// Paragraphs that run through a note's sections, and paragraphs that restart in
/// each article, both come out right: neither rule depends on the numbers running on.
struct DivisionPlacement {
    private struct Node {
        var division: Division
        var children: [Int] = []
        /// The heading level a markup format gave it (`<h2>`, `##`), for unlabelled headings.
        var headingLevel: Int?
    }

    private var nodes: [Node] = []
    private var roots: [Int] = []
    /// The open divisions, from a root down to the last one added.
    private var open: [Int] = []

    var hasStarted: Bool { !nodes.isEmpty }

    /// Whether a division with this label can stand here: a sub-paragraph or point needs a division to stand under.
    func accepts(_ match: LabelRecognizer.Match) -> Bool {
        switch match.kind {
        case .subparagraph, .point: !open.isEmpty
        default: true
        }
    }

    /// Whether the label is one that comes next here (for lines wrapped inside a block).
    func isExpected(_ match: LabelRecognizer.Match) -> Bool {
        if match.isWorded { return true }
        if openSibling(match) != nil { return true }
        if let number = match.number, number.path.count >= 2 { return prefixDivision(of: number.path) != nil }
        return match.number?.value == 1 || match.alternative?.value == 1
    }

    mutating func add(_ match: LabelRecognizer.Match, content: [Inline], headingLevel: Int?, at location: SourceLocation) {
        var number = match.number
        var kind = match.kind
        // Unnumbered text ("The Conference of the Parties decides:") holds lettered
        // items, but numbered paragraphs go beside it.
        if let last = open.last, nodes[last].division.number == nil, !nodes[last].division.kind.isHeaded,
           kind != .subparagraph, kind != .point {
            open.removeLast()
        }
        let parent: Int?
        if match.isWorded || match.kind == .preamble {
            parent = closeUnderHeading(ranked: kind.rank)
        } else if let (sibling, reading) = openSibling(match) {
            number = reading
            close(through: sibling)
            parent = open.last
            kind = nodes[sibling].division.kind
        } else if let path = number?.path, path.count >= 2, let prefix = prefixDivision(of: path) {
            close(below: prefix)
            parent = prefix
        } else if let reading = number, let same = lastOpen(inListOf: reading, headed: kind.isHeaded) {
            // A list of this style is open but this is not its next number: a restart or a numbering
            // fault, beside it either way (never nested in its own list, however often it restarts).
            close(through: same)
            parent = open.last
            kind = nodes[same].division.kind
        } else if number?.value != 1, match.alternative?.value == 1 {
            number = match.alternative  // a first "(i)" after a letter that is not "(h)": roman one
            parent = open.last
        } else {
            parent = open.last  // a first label ("(a)", "1.") opens a list under the last division
        }
        if number?.scheme == .letter, kind == .point { kind = .subparagraph }
        if number?.scheme == .roman, kind == .subparagraph { kind = .point }
        kind = Self.refine(kind, under: parent.map { nodes[$0].division })
        var division = Division(kind: kind, label: match.label, number: number, location: location)
        if kind.isHeaded { division.heading = content } else { division.content = content }
        insert(Node(division: division, headingLevel: headingLevel), under: parent)
    }

    /// An unlabelled heading (a Markdown `##`, an HTML `<h2>` with no number): a
    /// section under the last open heading of a higher level.
    mutating func addUnnumberedHeading(_ heading: [Inline], headingLevel: Int, at location: SourceLocation) {
        while let last = open.last, !(nodes[last].division.kind.isHeaded && (nodes[last].headingLevel ?? 0) < headingLevel) {
            open.removeLast()
        }
        insert(Node(division: Division(kind: .section, heading: heading, location: location), headingLevel: headingLevel),
               under: open.last)
    }

    /// An unlabelled paragraph: under the last open heading (a recital in a preamble), or at the top.
    mutating func addUnnumbered(_ content: [Inline], at location: SourceLocation) {
        while let last = open.last, !nodes[last].division.kind.isHeaded { open.removeLast() }
        let kind: DivisionKind = open.last.map { nodes[$0].division.kind == .preamble } == true ? .recital : .paragraph
        insert(Node(division: Division(kind: kind, content: content, location: location)), under: open.last)
    }

    /// Continues the last division's text (a line wrapped inside a block).
    mutating func append(_ content: [Inline]) {
        guard let last = nodes.indices.last else { return }
        let separator: [Inline] = [.text(" ")]
        if nodes[last].division.kind.isHeaded, nodes[last].division.content.isEmpty {
            nodes[last].division.heading += separator + content
        } else if nodes[last].division.content.isEmpty, !nodes[last].division.kind.isHeaded {
            nodes[last].division.content = content
        } else {
            nodes[last].division.content += separator + content
        }
    }

    func divisions() -> [Division] {
        func build(_ i: Int) -> Division {
            var division = nodes[i].division
            division.children = nodes[i].children.map(build)
            return division
        }
        return roots.map(build)
    }

    // MARK: Where a division goes

    private mutating func insert(_ node: Node, under parent: Int?) {
        let index = nodes.count
        nodes.append(node)
        if let parent { nodes[parent].children.append(index) } else { roots.append(index) }
        open.append(index)
    }

    /// Closes divisions until the last open one is a heading of a higher rank; returns it.
    private mutating func closeUnderHeading(ranked rank: Int) -> Int? {
        while let last = open.last, !(nodes[last].division.kind.isHeaded && nodes[last].division.kind.rank < rank) {
            open.removeLast()
        }
        return open.last
    }

    private mutating func close(through index: Int) {
        while let last = open.popLast(), last != index {}
    }

    private mutating func close(below index: Int) {
        while let last = open.last, last != index { open.removeLast() }
    }

    /// The open division this label follows (same scheme and style, the number before), with the reading that fits.
    private func openSibling(_ match: LabelRecognizer.Match) -> (Int, DivisionNumber)? {
        guard !match.isWorded else { return nil }
        for reading in [match.number, match.alternative].compactMap({ $0 }) where reading.path.count == 1 {
            if let i = lastOpen(inListOf: reading, headed: match.kind.isHeaded, numberedBefore: true) { return (i, reading) }
        }
        return nil
    }

    /// The last open division of the same list as `number` (scheme, style, depth, and
    /// heading or not); with `numberedBefore`, only the one numbered just before it.
    private func lastOpen(inListOf number: DivisionNumber, headed: Bool, numberedBefore: Bool = false) -> Int? {
        open.last { i in
            let division = nodes[i].division
            guard division.kind.isHeaded == headed, let other = division.number, Self.sameList(other, number) else { return false }
            return !numberedBefore || other.value + 1 == number.value
        }
    }

    /// The open division whose number is the path's prefix: "1." for "1.a", "1.2" for "1.2.3".
    private func prefixDivision(of path: [Int]) -> Int? {
        let prefix = Array(path.dropLast())
        return open.last { nodes[$0].division.number?.path == prefix }
    }

    private static func sameList(_ a: DivisionNumber, _ b: DivisionNumber) -> Bool {
        a.scheme == b.scheme && a.style == b.style && a.path.count == b.path.count
    }

    /// The kind a label's place gives it: a paragraph-style label under a
    /// paragraph is a sub-paragraph; hierarchical numbers under a goal are targets.
    private static func refine(_ kind: DivisionKind, under parent: Division?) -> DivisionKind {
        guard let parent else { return kind == .target ? .paragraph : kind }
        switch kind {
        case .target: return parent.kind.isHeaded && parent.kind != .goal ? .paragraph : .target
        case .paragraph where !parent.kind.isHeaded: return parent.kind == .subparagraph ? .point : .subparagraph
        case .subparagraph where parent.kind == .subparagraph: return .point
        default: return kind
        }
    }
}
