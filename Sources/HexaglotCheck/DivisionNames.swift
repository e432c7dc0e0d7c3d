import HexaglotTree

/// Names divisions as a reader of the document would cite them, whatever the
/// language of the version: "section 2", "paragraph 8 (c)", "paragraph 8 (c) (iv)",
/// "Article 29, paragraph 3", "annex II, paragraph 5 (a)", "target 4.b", "Goal 1",
/// "preambular paragraph 3", "Article 2, unnumbered paragraph 2". Paragraph
/// numbers that run through a note need no section; paragraphs of an article or
/// an annex restart there, so the article or annex is named with them.
struct DivisionNames {
    private var path: [(division: Division, name: String)] = []

    /// Calls `body` for `division` and everything below it, in reading order, with each one's name.
    /// `unnumberedIndex`: the division's place among the unnumbered divisions beside it (for a top-level one).
    mutating func walk(_ division: Division, unnumberedIndex: Int, _ body: (Division, String) -> Void) {
        let name = Self.name(of: division, unnumberedIndex: unnumberedIndex, ancestors: path.map(\.division), ancestorNames: path.map(\.name))
        body(division, name)
        path.append((division, name))
        var unnumbered = 0
        for child in division.children {
            if child.number == nil { unnumbered += 1 }
            walk(child, unnumberedIndex: unnumbered, body)
        }
        path.removeLast()
    }

    static func name(of division: Division, unnumberedIndex: Int, ancestors: [Division], ancestorNames: [String]) -> String {
        let number = division.number.map { display($0, heading: division.kind.isHeaded) } ?? ""
        let parentName = ancestorNames.last ?? ""
        let container = ancestors.indices.last { [DivisionKind.article, .annex].contains(ancestors[$0].kind) }.map { ancestorNames[$0] }
        func within(_ name: String) -> String { container.map { "\($0), \(name)" } ?? name }
        switch division.kind {
        case .part: return "Part \(number)"
        case .chapter: return "Chapter \(number)"
        case .section: return number.isEmpty ? "section “\(division.heading.plainText.prefix(40))”" : "section \(number)"
        case .article: return "Article \(number)"
        case .annex: return number.isEmpty ? "annex" : "annex \(number)"
        case .goal: return "Goal \(number)"
        case .preamble: return "preamble"
        case .recital: return number.isEmpty ? "preambular paragraph \(unnumberedIndex)" : "preambular paragraph \(number)"
        case .target: return "target \(number)"
        case .paragraph:
            if number.isEmpty {
                return parentName.isEmpty ? "unnumbered paragraph \(unnumberedIndex)" : "\(parentName), unnumbered paragraph \(unnumberedIndex)"
            }
            return within("paragraph \(number)")
        case .subparagraph, .point:
            let own = number.isEmpty ? "unnumbered item \(unnumberedIndex)" : "(\(number))"
            return parentName.isEmpty ? own : "\(parentName) \(own)"
        }
    }

    /// Latin digits and letters; roman numerals in capitals for headings ("annex II"),
    /// in small letters for points ("(iv)").
    static func display(_ number: DivisionNumber, heading: Bool) -> String {
        heading && number.scheme != .decimal ? number.canonical.uppercased() : number.canonical
    }
}
