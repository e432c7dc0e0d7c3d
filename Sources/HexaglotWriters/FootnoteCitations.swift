import HexaglotTree

/// The footnote numbers cited anywhere in a document (footnote bodies and
/// terms included), so a writer knows before the end which footnotes can
/// link back to a citation.
struct FootnoteCitations: DocumentVisitor {
    private(set) var cited: Set<Int> = []

    init(_ document: Document) {
        visitDocument(document)
    }

    mutating func visitFootnoteRef(_ ref: FootnoteRef) {
        cited.insert(ref.number)
    }
}
