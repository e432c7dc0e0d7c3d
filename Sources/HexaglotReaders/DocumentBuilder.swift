import HexaglotTree

/// Assembles a document tree from lines in reading order, whatever format
/// they came from: a line with a section, paragraph or sub-item label opens
/// that node; an unlabelled line before the first section is a header line
/// (masthead, title, author line); after it, an unlabelled line continues the
/// node before it. Markup formats say more with `addBlock` (a heading, the
/// title, an automatic number).
struct DocumentBuilder {
    let file: String
    var language: String?
    var direction: TextDirection?
    var symbol: String?
    /// Takes a first header line that looks like a document symbol ("CBD/WG2020/2/2") as the symbol.
    var detectsSymbolLine = false
    /// A title and author given as metadata (Markdown front matter): used when no line is marked as the title.
    var metadataTitle: Block?
    var metadataAuthor: Block?
    private var header: [HeaderLine] = []
    private var sections: [Section] = []
    private var footnotes: [Footnote] = []
    private let recognizer = LabelRecognizer()
    /// Nodes and header lines so far, and where the first one over `maxNodes` was.
    private var nodeCount = 0
    private(set) var overflow: SourceLocation?

    /// The most nodes (sections, paragraphs, sub-items, footnotes, header lines) a
    /// document may have: four times the 50,000 of a 10,000-paragraph note with its
    /// sub-items and footnotes. Each node costs about 2 KB in the tree, the alignment
    /// and the checker, so a 30 MB file of one-word numbered lines took 12 GB.
    static let maxNodes = 200_000

    /// Whether the document went over `maxNodes`: the readers stop reading, and `finish()` says where.
    var isFull: Bool { overflow != nil }

    /// Counts a new node at `location`; false (and nothing to add) once over the limit.
    private mutating func admit(_ location: SourceLocation) -> Bool {
        guard overflow == nil else { return false }
        nodeCount += 1
        if nodeCount > Self.maxNodes { overflow = location }
        return overflow == nil
    }

    /// What a markup format knows of a header line.
    enum HeaderHint: Equatable {
        case unknown, symbol, title, author
        case masthead(MastheadLine.Role?)
    }

    /// What a markup format knows of a block.
    enum BlockKind: Equatable {
        /// Known by its label; an unlabelled line continues the node before it.
        case body
        case heading(level: Int)
        case header(HeaderHint)
        /// Numbered by the format itself (Word numbering): the label is the number shown.
        case numbered(label: String, number: Int, level: Int, isHeading: Bool)
        /// An item of a numbered list (HTML `<ol>`): a typed label wins, else the list's number.
        case listItem(label: String, number: Int, level: Int)
    }

    private struct HeaderLine {
        var block: Block
        var hint: HeaderHint
    }

    init(file: String, language: String? = nil) {
        self.file = file
        self.language = language
    }

    var hasSections: Bool { !sections.isEmpty }
    var hasTitle: Bool { header.contains { $0.hint == .title } }

    // MARK: Plain lines (TextReader)

    /// Adds one line. `makeInlines` turns a part of the line (from a 1-based
    /// column) into inline content, so each format keeps its own markers.
    mutating func addLine(_ text: String, location: SourceLocation, makeInlines: (String, Int) -> [Inline]) {
        guard let match = recognizer.recognize(text) else {
            append(makeInlines(text, location.column), at: location)
            return
        }
        let scalars = text.unicodeScalars
        let rest = String(scalars[scalars.index(scalars.startIndex, offsetBy: match.contentOffset)...])
        var contentLocation = location
        contentLocation.column += match.contentOffset
        if !add(match.kind, number: match.number, label: match.label, content: makeInlines(rest, contentLocation.column), at: contentLocation) {
            append(makeInlines(text, location.column), at: location)
        }
    }

    /// Adds a line known to be a paragraph of its own (a DOCX paragraph, an HTML <p>) without label recognition.
    mutating func addUnlabelled(_ content: [Inline], location: SourceLocation) {
        append(content, at: location)
    }

    mutating func addFootnote(number: Int, content: [Inline], location: SourceLocation) {
        guard admit(location) else { return }
        footnotes.append(Footnote(number: number, content: content, location: location))
    }

    // MARK: Blocks of markup formats

    /// Adds a block. `location` is the block's own (its start tag, its DOCX
    /// paragraph); where the text keeps positions, nodes are located at their
    /// first scalar after the label instead.
    mutating func addBlock(_ text: MarkedText, kind: BlockKind, location: SourceLocation) {
        switch kind {
        case .body:
            addBody(text.lines(), location: location)
        case .header(let hint):
            let lines = text.lines()
            if hint == .unknown || hint == .masthead(nil) {
                for line in lines { addHeader(line, hint: hint, location: location) }
            } else if !lines.isEmpty {
                addHeader(Self.joined(lines), hint: hint, location: location)
            }
        case .heading(let level):
            let lines = text.lines()
            guard !lines.isEmpty else { return }
            addHeading(Self.joined(lines), level: level, location: location)
        case .numbered(let label, let number, let level, let isHeading):
            let lines = text.lines()
            guard !lines.isEmpty else { return }
            let content = Self.joined(lines)
            let at = content.location(at: 0, file: file, fallback: location)
            let kind: LabelRecognizer.Kind = isHeading ? .section
                : recognizer.recognize(label)?.kind ?? (level == 0 ? .paragraph : .subItem)
            if !add(kind, number: number, label: label, content: content.inlines(), at: at) {
                append(content.inlines(), at: at)
            }
        case .listItem(let label, let number, let level):
            let lines = text.lines()
            guard let first = lines.first else { return }
            if let match = recognizer.recognize(first.leadingString) {
                addRecognized(match, first, location: location)
            } else {
                addBlock(Self.joined([first]), kind: .numbered(label: label, number: number, level: level, isHeading: false), location: location)
            }
            addFollowingLines(lines.dropFirst(), location: location)
        }
    }

    mutating func addFootnote(number: Int, text: MarkedText, location: SourceLocation) {
        let content = Self.joined(text.lines())
        guard admit(location) else { return }
        footnotes.append(Footnote(number: number, content: content.inlines(),
                                  location: content.location(at: 0, file: file, fallback: location)))
    }

    private mutating func addBody(_ lines: [MarkedText], location: SourceLocation) {
        guard let first = lines.first else { return }
        if let match = recognizer.recognize(first.leadingString) {
            addRecognized(match, first, location: location)
        } else if sections.isEmpty {
            addHeader(first, hint: .unknown, location: location)
        } else {
            append(first.inlines(), at: first.location(at: 0, file: file, fallback: location))
        }
        addFollowingLines(lines.dropFirst(), location: location)
    }

    /// Lines after a block's first: before the first section each is a header
    /// line; after it, a line opens a node only with the label that comes next
    /// ("2020. …" wrapped to the start of a line is no paragraph 2020).
    private mutating func addFollowingLines(_ lines: ArraySlice<MarkedText>, location: SourceLocation) {
        for line in lines {
            let match = recognizer.recognize(line.leadingString)
            if let match, sections.isEmpty || isNext(match) {
                addRecognized(match, line, location: location)
            } else if sections.isEmpty {
                addHeader(line, hint: .unknown, location: location)
            } else {
                append(line.inlines(), at: line.location(at: 0, file: file, fallback: location))
            }
        }
    }

    private mutating func addRecognized(_ match: LabelRecognizer.Match, _ line: MarkedText, location: SourceLocation) {
        let content = line.slice(match.contentOffset)
        let at = line.location(at: match.contentOffset, file: file, fallback: location)
        if !add(match.kind, number: match.number, label: match.label, content: content.inlines(), at: at) {
            if sections.isEmpty {
                addHeader(line, hint: .unknown, location: location)
            } else {
                append(line.inlines(), at: line.location(at: 0, file: file, fallback: location))
            }
        }
    }

    /// A heading: a section when it has a section label (or a paragraph-style
    /// one, "1. Introduction"); else, before the first section, the title
    /// (the first such heading) or a header line, and after it a section of its own.
    private mutating func addHeading(_ text: MarkedText, level: Int, location: SourceLocation) {
        if let match = recognizer.recognize(text.leadingString), match.kind != .subItem {
            let at = text.location(at: match.contentOffset, file: file, fallback: location)
            _ = add(.section, number: match.number, label: match.label, content: text.slice(match.contentOffset).inlines(), at: at)
            return
        }
        let at = text.location(at: 0, file: file, fallback: location)
        if sections.isEmpty {
            if !hasTitle {
                addHeader(text, hint: .title, location: location)
                return
            }
            let titleIndex = header.lastIndex { $0.hint == .title } ?? header.count
            if titleIndex + 1 >= header.count {
                addHeader(text, hint: .unknown, location: location)
                return
            }
        }
        _ = add(.section, number: (sections.last?.number ?? 0) + 1, label: "", content: text.inlines(), at: at)
    }

    private mutating func addHeader(_ text: MarkedText, hint: HeaderHint, location: SourceLocation) {
        guard !text.isEmpty else { return }
        if hint == .symbol, symbol == nil {
            symbol = text.string
            return
        }
        guard admit(location) else { return }
        header.append(HeaderLine(block: Block(text.inlines(), location: text.location(at: 0, file: file, fallback: location)), hint: hint))
    }

    // MARK: Nodes

    /// Adds a node; false when it cannot stand there (a sub-item before any paragraph).
    @discardableResult
    private mutating func add(_ kind: LabelRecognizer.Kind, number: Int, label: String, content: [Inline], at location: SourceLocation) -> Bool {
        if kind == .subItem, sections.last?.paragraphs.isEmpty ?? true { return false }
        guard admit(location) else { return true }  // over the limit: dropped, and `finish()` throws
        switch kind {
        case .section:
            sections.append(Section(number: number, label: label, heading: content, location: location))
        case .paragraph:
            if sections.isEmpty { sections.append(Section(number: 0, label: "", heading: [], location: location)) }
            sections[sections.count - 1].paragraphs.append(
                Paragraph(number: number, label: label, content: content, location: location))
        case .subItem:
            guard !sections.isEmpty, !sections[sections.count - 1].paragraphs.isEmpty else { return false }
            let p = sections[sections.count - 1].paragraphs.count - 1
            sections[sections.count - 1].paragraphs[p].subItems.append(
                SubItem(index: number, label: label, content: content, location: location))
        }
        return true
    }

    /// Whether a label is the one that comes next in the document.
    private func isNext(_ match: LabelRecognizer.Match) -> Bool {
        switch match.kind {
        case .section:
            return match.number == (sections.last?.number ?? 0) + 1
        case .paragraph:
            let last = sections.reversed().lazy.compactMap { $0.paragraphs.last?.number }.first ?? 0
            return match.number == last + 1
        case .subItem:
            guard let paragraph = sections.last?.paragraphs.last else { return false }
            return match.number == (paragraph.subItems.last?.index ?? 0) + 1
        }
    }

    private mutating func append(_ content: [Inline], at location: SourceLocation) {
        guard !sections.isEmpty else {
            guard admit(location) else { return }
            header.append(HeaderLine(block: Block(content, location: location), hint: .unknown))
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

    /// Lines joined back into one block (a line break is kept as "\n", which `inlines()` makes a space).
    static func joined(_ lines: [MarkedText]) -> MarkedText {
        guard var result = lines.first else { return MarkedText() }
        for line in lines.dropFirst() {
            result.append("\n", at: line.hasPositions && result.hasPositions ? line.positions.first : nil)
            result.append(line)
        }
        return result
    }

    // MARK: Finishing

    func finish() throws -> Document {
        if let overflow {
            throw HexaglotError.invalidInput(overflow, file: file,
                message: "more than \(Self.maxNodes) sections, paragraphs, sub-items, footnotes and header lines; expected a document of at most \(Self.maxNodes)")
        }
        var document = Document(id: "", symbol: symbol, language: language ?? "", sections: sections,
                                footnotes: footnotes.sorted { $0.number < $1.number },
                                source: SourceLocation(file: file, line: 1, column: 1))
        var lines = header
        if detectsSymbolLine, document.symbol == nil, lines.count >= 2, lines[0].hint == .unknown,
           lines[0].block.content.footnoteRefs.isEmpty, Self.looksLikeSymbol(lines[0].block.content.plainText) {
            document.symbol = lines[0].block.content.plainText
            lines.removeFirst()
        }
        var masthead: [HeaderLine]
        if let t = lines.firstIndex(where: { $0.hint == .title }) {
            document.title = lines[t].block
            let after = lines[(t + 1)...]
            if let author = after.first(where: { $0.hint == .author }) ?? after.first {
                document.author = author.block
            }
            masthead = Array(lines[..<t])
        } else if let title = metadataTitle {
            document.title = title
            masthead = lines
            if let author = metadataAuthor ?? masthead.popLast()?.block { document.author = author }
        } else if let a = lines.lastIndex(where: { $0.hint == .author }) {
            document.author = lines[a].block
            masthead = Array(lines[..<a])
            if let title = masthead.popLast() { document.title = title.block }
        } else {
            masthead = lines
            if masthead.count >= 2 { document.author = masthead.removeLast().block }
            if let title = masthead.popLast() { document.title = title.block }
        }
        masthead.removeAll { $0.hint == .author || $0.hint == .title }
        let roles: [MastheadLine.Role] = [.agendaItem, .venue, .session]
        document.masthead = masthead.reversed().enumerated().map { index, line in
            var role = index < roles.count ? roles[index] : .body
            if case .masthead(let explicit?) = line.hint { role = explicit }
            return MastheadLine(role: role, content: line.block.content, location: line.block.location)
        }.reversed()
        if document.language.isEmpty {
            document.language = LanguageDetector.detect(document) ?? ""
        }
        document.direction = direction ?? Self.direction(for: document.language)
        return document
    }

    static func direction(for language: String) -> TextDirection {
        language == "ar" ? .rightToLeft : .leftToRight
    }

    /// "CBD/WG2020/2/2", "UNEP/CBD/COP/14/34/Add.1": capitals first, at least two slashes, no spaces.
    static func looksLikeSymbol(_ text: String) -> Bool {
        let s = text.scalarArray
        guard s.count <= 60, let first = s.first, ("A"..."Z").contains(first),
              s.filter({ $0 == "/" }).count >= 2 else { return false }
        return s.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || "/.-".unicodeScalars.contains($0) }
    }
}
