import HexaglotTree

/// Assembles a document tree from lines in reading order, whatever format
/// they came from: a line with a section, paragraph or sub-item label opens
/// that node; an unlabelled line before the first section is a header line
/// (masthead, title, author line); after it, an unlabelled line continues the
/// node before it.
struct DocumentBuilder {
    let file: String
    var language: String?
    private var header: [Block] = []
    private var sections: [Section] = []
    private var footnotes: [Footnote] = []
    private let recognizer = LabelRecognizer()

    init(file: String, language: String? = nil) {
        self.file = file
        self.language = language
    }

    /// Adds one line. `makeInlines` turns a part of the line (from a 1-based
    /// column) into inline content, so each format keeps its own markers.
    mutating func addLine(_ text: String, location: SourceLocation, makeInlines: (String, Int) -> [Inline]) {
        guard let match = recognizer.recognize(text) else {
            append(makeInlines(text, location.column), at: location)
            return
        }
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(match.contentOffset)))
        var contentLocation = location
        contentLocation.column += match.contentOffset
        let content = makeInlines(rest, contentLocation.column)
        switch match.kind {
        case .section:
            sections.append(Section(number: match.number, label: match.label, heading: content, location: contentLocation))
        case .paragraph:
            if sections.isEmpty { sections.append(Section(number: 0, label: "", heading: [], location: location)) }
            sections[sections.count - 1].paragraphs.append(
                Paragraph(number: match.number, label: match.label, content: content, location: contentLocation))
        case .subItem:
            guard !sections.isEmpty, !sections[sections.count - 1].paragraphs.isEmpty else {
                append(makeInlines(text, location.column), at: location)
                return
            }
            let p = sections[sections.count - 1].paragraphs.count - 1
            sections[sections.count - 1].paragraphs[p].subItems.append(
                SubItem(index: match.number, label: match.label, content: content, location: contentLocation))
        }
    }

    /// Adds a line known to be a paragraph of its own (a DOCX paragraph, an HTML <p>) without label recognition.
    mutating func addUnlabelled(_ content: [Inline], location: SourceLocation) {
        append(content, at: location)
    }

    mutating func addFootnote(number: Int, content: [Inline], location: SourceLocation) {
        footnotes.append(Footnote(number: number, content: content, location: location))
    }

    private mutating func append(_ content: [Inline], at location: SourceLocation) {
        guard !sections.isEmpty else {
            header.append(Block(content, location: location))
            return
        }
        let s = sections.count - 1
        let separator: [Inline] = [.text(" ")]
        if let p = sections[s].paragraphs.indices.last {
            if let i = sections[s].paragraphs[p].subItems.indices.last {
                sections[s].paragraphs[p].subItems[i].content += separator + content
            } else {
                sections[s].paragraphs[p].content += separator + content
            }
        } else {
            sections[s].heading += separator + content
        }
    }

    func finish() throws -> Document {
        var document = Document(id: "", language: language ?? "", sections: sections,
                                footnotes: footnotes.sorted { $0.number < $1.number },
                                source: SourceLocation(file: file, line: 1, column: 1))
        var lines = header
        if lines.count >= 2 { document.author = lines.removeLast() }
        if !lines.isEmpty { document.title = lines.removeLast() }
        let roles: [MastheadLine.Role] = [.agendaItem, .venue, .session]
        document.masthead = lines.reversed().enumerated().map { index, block in
            MastheadLine(role: index < roles.count ? roles[index] : .body, content: block.content, location: block.location)
        }.reversed()
        if document.language.isEmpty {
            document.language = LanguageDetector.detect(document) ?? ""
        }
        document.direction = document.language == "ar" ? .rightToLeft : .leftToRight
        return document
    }
}
