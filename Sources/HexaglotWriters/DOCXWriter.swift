import HexaglotTree

/// A Word document (OOXML written by hand): styles for each node kind, real
/// Word footnotes, the document's language in the style defaults, and for
/// right-to-left languages `w:bidi` paragraphs and `w:rtl` runs (symbols and
/// URLs excepted). The same document always gives the same bytes.
public struct DOCXWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        let footnoteIDs = Dictionary(document.footnotes.enumerated().map { ($1.number, $0 + 1) },
                                     uniquingKeysWith: { first, _ in first })
        let rightToLeft = document.direction == .rightToLeft
        var body = DOCXRuns(rightToLeft: rightToLeft, footnoteIDs: footnoteIDs,
                            firstLinkRelationship: DOCXParts.firstDocumentLinkRelationship, markerForm: document.footnoteMarkerForm)
        let documentXML = Self.documentXML(document, &body)
        // Footnote bodies cite no footnotes of their own in Word, so they get no ids to refer to.
        var notes = DOCXRuns(rightToLeft: rightToLeft, footnoteIDs: [:], firstLinkRelationship: 1, markerForm: document.footnoteMarkerForm)
        let footnotesXML = Self.footnotesXML(document, footnoteIDs, &notes)

        var entries: [(path: String, contents: String)] = [
            ("[Content_Types].xml", DOCXParts.contentTypes),
            ("_rels/.rels", DOCXParts.packageRelationships),
            ("docProps/core.xml", DOCXParts.coreProperties(for: document)),
            ("docProps/app.xml", DOCXParts.appProperties),
            ("word/document.xml", documentXML),
            ("word/styles.xml", DOCXStyles.xml(for: document)),
            ("word/settings.xml", DOCXParts.settings),
            ("word/footnotes.xml", footnotesXML),
            ("word/_rels/document.xml.rels", DOCXParts.documentRelationships(links: body.linkRelationships)),
        ]
        if !notes.links.isEmpty {
            entries.append(("word/_rels/footnotes.xml.rels", DOCXParts.footnoteRelationships(links: notes.linkRelationships)))
        }
        return try DeterministicZip.archive(entries)
    }

    static func documentXML(_ document: Document, _ runs: inout DOCXRuns) -> String {
        var paragraphs: [String] = []
        if let symbol = document.symbol {
            // A symbol is never RTL, whatever the document's direction.
            let run = DOCXRuns.run(DOCXRuns.textElements(symbol), properties: runs.runProperties(leftToRight: true))
            paragraphs.append("<w:p>\(runs.paragraphProperties(style: "DocumentSymbol"))\(run)</w:p>")
        }
        for line in document.masthead { paragraphs.append(runs.paragraph(style: "Masthead", line.content)) }
        paragraphs.append(runs.paragraph(style: "Title", document.title.content))
        if !document.author.content.isEmpty { paragraphs.append(runs.paragraph(style: "Author", document.author.content)) }
        for division in document.body {
            var textDepth: [Int] = []  // tree depths of the open divisions of text
            division.preorder { node, depth in
                while let last = textDepth.last, last >= depth { textDepth.removeLast() }
                if node.kind.isHeaded {
                    paragraphs.append(runs.paragraph(style: "Heading1", label: node.label, node.heading))
                    if !node.content.isEmpty { paragraphs.append(runs.paragraph(style: "NumberedParagraph", node.content)) }
                } else {
                    // A paragraph, and below it sub-paragraphs, points … indented as sub-items.
                    let style = textDepth.isEmpty ? "NumberedParagraph" : "SubItem"
                    textDepth.append(depth)
                    paragraphs.append(runs.paragraph(style: style, label: node.label, node.text))
                }
            }
        }
        // A4 with 2.5 cm margins, as UN documents outside New York.
        let sectionProperties = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
            + (runs.rightToLeft ? "<w:bidi/>" : "") + "</w:sectPr>"
        return DOCXParts.xmlDeclaration + "\n"
            + "<w:document xmlns:w=\"\(DOCXParts.wordNamespace)\" xmlns:r=\"\(DOCXParts.relationshipsNamespace)\"><w:body>\n"
            + paragraphs.joined(separator: "\n") + "\n" + sectionProperties + "</w:body></w:document>\n"
    }

    static func footnotesXML(_ document: Document, _ ids: [Int: Int], _ runs: inout DOCXRuns) -> String {
        var footnotes = [DOCXParts.separatorFootnotes]
        // A number given twice keeps its first footnote only: Word ids must be unique.
        for (index, footnote) in document.footnotes.enumerated() where ids[footnote.number] == index + 1 {
            // Word numbers its own marks; a mark of another form is written out (after
            // `w:customMarkFollows` in the body), as Word does for a custom mark.
            let mark = DOCXRuns.run(runs.markerForm == .plain ? "<w:footnoteRef/>" : DOCXRuns.textElements(runs.markerForm.mark(footnote.number)),
                                    properties: runs.runProperties(style: "FootnoteReference"))
            let body = DOCXRuns.xml([.text(" ", properties: runs.runProperties())] + runs.pieces(footnote.content))
            footnotes.append("<w:footnote w:id=\"\(index + 1)\"><w:p>\(runs.paragraphProperties(style: "FootnoteText"))"
                             + mark + body + "</w:p></w:footnote>")
        }
        return DOCXParts.xmlDeclaration + "\n"
            + "<w:footnotes xmlns:w=\"\(DOCXParts.wordNamespace)\" xmlns:r=\"\(DOCXParts.relationshipsNamespace)\">\n"
            + footnotes.joined(separator: "\n") + "\n</w:footnotes>\n"
    }
}
