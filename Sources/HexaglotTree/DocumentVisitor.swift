/// Walks a document tree, one method per node kind (as swift-markdown's
/// `MarkupWalker`). The default of each method visits the node's children in
/// reading order, so a visitor overrides only the kinds it cares about and
/// calls `descend` to go on below them.
public protocol DocumentVisitor {
    mutating func visitDocument(_ document: Document)
    mutating func visitMastheadLine(_ line: MastheadLine)
    mutating func visitTitle(_ title: Block)
    mutating func visitAuthor(_ author: Block)
    mutating func visitDivision(_ division: Division)
    mutating func visitFootnote(_ footnote: Footnote)
    mutating func visitText(_ text: String)
    mutating func visitValue(_ value: Value)
    mutating func visitTerm(_ term: Term)
    mutating func visitFootnoteRef(_ ref: FootnoteRef)
}

extension DocumentVisitor {
    public mutating func visitDocument(_ document: Document) { descend(into: document) }
    public mutating func visitMastheadLine(_ line: MastheadLine) { visit(line.content) }
    public mutating func visitTitle(_ title: Block) { visit(title.content) }
    public mutating func visitAuthor(_ author: Block) { visit(author.content) }
    public mutating func visitDivision(_ division: Division) { descend(into: division) }
    public mutating func visitFootnote(_ footnote: Footnote) { visit(footnote.content) }
    public mutating func visitText(_ text: String) {}
    public mutating func visitValue(_ value: Value) {}
    public mutating func visitTerm(_ term: Term) { visit(term.content) }
    public mutating func visitFootnoteRef(_ ref: FootnoteRef) {}

    public mutating func descend(into document: Document) {
        for line in document.masthead { visitMastheadLine(line) }
        visitTitle(document.title)
        visitAuthor(document.author)
        for division in document.body { visitDivision(division) }
        for footnote in document.footnotes { visitFootnote(footnote) }
    }

    public mutating func descend(into division: Division) {
        visit(division.heading)
        visit(division.content)
        for child in division.children { visitDivision(child) }
    }

    public mutating func visit(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let s): visitText(s)
            case .value(let v): visitValue(v)
            case .term(let t): visitTerm(t)
            case .footnoteRef(let r): visitFootnoteRef(r)
            }
        }
    }
}
