import HexaglotTree

/// Assembles a document tree from lines in reading order, whatever format
/// they came from: a line with a label opens a division, which
/// `DivisionPlacement` puts where its label says (a sibling of the division
/// numbered just before it, a child of the one it continues, under the heading
/// of a higher rank); unlabelled lines before the body are header lines
/// (masthead, title, author line); in the body an unlabelled block is an
/// unnumbered paragraph, and an unlabelled line within a block continues the
/// division before it. Markup formats say more with `addBlock` (a heading, the
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
    private var body = DivisionPlacement()
    private var footnotes: [Footnote] = []
    private let recognizer = LabelRecognizer()
    /// Nodes and header lines so far, and where the first one over `maxNodes` was.
    private var nodeCount = 0
    private(set) var overflow: SourceLocation?

    /// The most nodes (divisions, footnotes, header lines) a
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

    var hasTitle: Bool { header.contains { $0.hint == .title } }

    // MARK: Plain lines (TextReader)

    /// Adds one line. `makeInlines` turns a part of the line (from a 1-based
    /// column) into inline content, so each format keeps its own markers.
    /// `startsBlock`: the line follows a blank line, so an unlabelled line in the
    /// body is a paragraph of its own rather than the continuation of the one before.
    mutating func addLine(_ text: String, location: SourceLocation, startsBlock: Bool = false,
                          makeInlines: (String, Int) -> [Inline]) {
        guard let match = recognizer.recognize(text) else {
            addUnlabelled(makeInlines(text, location.column), at: location, startsBlock: startsBlock)
            return
        }
        let scalars = text.unicodeScalars
        let rest = String(scalars[scalars.index(scalars.startIndex, offsetBy: match.contentOffset)...])
        var contentLocation = location
        contentLocation.column += match.contentOffset
        if !add(match, content: makeInlines(rest, contentLocation.column), at: contentLocation) {
            addUnlabelled(makeInlines(text, location.column), at: location, startsBlock: startsBlock)
        }
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
            var match = recognizer.recognize(label)
                ?? LabelRecognizer.Match(kind: level == 0 ? .paragraph : .subparagraph,
                                         number: DivisionNumber(number, scheme: .decimal, style: "level\(level)"),
                                         alternative: nil, isWorded: false, label: label, contentOffset: 0)
            if isHeading, !match.kind.isHeaded { match.kind = .section }
            if !add(match, content: content.inlines(), at: at) {
                addUnlabelled(content.inlines(), at: at, startsBlock: true)
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
        } else {
            addUnlabelled(first, location: location, startsBlock: true)
        }
        addFollowingLines(lines.dropFirst(), location: location)
    }

    /// Lines after a block's first: before the body each is a header line; in
    /// it, a line opens a division only with a label that comes next there
    /// ("2020. …" wrapped to the start of a line is no paragraph 2020).
    private mutating func addFollowingLines(_ lines: ArraySlice<MarkedText>, location: SourceLocation) {
        for line in lines {
            let match = recognizer.recognize(line.leadingString)
            if let match, !body.hasStarted || body.isExpected(match) {
                addRecognized(match, line, location: location)
            } else {
                addUnlabelled(line, location: location, startsBlock: false)
            }
        }
    }

    private mutating func addRecognized(_ match: LabelRecognizer.Match, _ line: MarkedText, location: SourceLocation) {
        let content = line.slice(match.contentOffset)
        let at = line.location(at: match.contentOffset, file: file, fallback: location)
        if !add(match, content: content.inlines(), at: at) {
            addUnlabelled(line, location: location, startsBlock: true)
        }
    }

    /// A heading: a division when it has a label (a section for "1. Introduction");
    /// else, before the body, the title (the first such heading) or a header
    /// line, and in the body an unnumbered section of its own.
    private mutating func addHeading(_ text: MarkedText, level: Int, location: SourceLocation) {
        if var match = recognizer.recognize(text.leadingString), match.kind != .subparagraph, match.kind != .point {
            let at = text.location(at: match.contentOffset, file: file, fallback: location)
            if !match.kind.isHeaded { match.kind = .section }
            _ = add(match, content: text.slice(match.contentOffset).inlines(), at: at, headingLevel: level)
            return
        }
        let at = text.location(at: 0, file: file, fallback: location)
        if !body.hasStarted {
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
        guard admit(at) else { return }
        body.addUnnumberedHeading(text.inlines(), headingLevel: level, at: at)
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

    // MARK: Divisions

    /// Adds a labelled division; false when it cannot stand there (a sub-paragraph before any paragraph).
    @discardableResult
    private mutating func add(_ match: LabelRecognizer.Match, content: [Inline], at location: SourceLocation,
                              headingLevel: Int? = nil) -> Bool {
        guard body.accepts(match) else { return false }
        guard admit(location) else { return true }  // over the limit: dropped, and `finish()` throws
        body.add(match, content: content, headingLevel: headingLevel, at: location)
        return true
    }

    private mutating func addUnlabelled(_ line: MarkedText, location: SourceLocation, startsBlock: Bool) {
        guard !line.isEmpty else { return }
        if !body.hasStarted, !Self.startsBody(line.string) {
            addHeader(line, hint: .unknown, location: location)
        } else {
            addToBody(line.inlines(), at: line.location(at: 0, file: file, fallback: location), startsBlock: startsBlock)
        }
    }

    /// An unlabelled line: a header line before the body, an unnumbered paragraph
    /// when it starts a block, else the continuation of the division before it.
    private mutating func addUnlabelled(_ content: [Inline], at location: SourceLocation, startsBlock: Bool) {
        if !body.hasStarted, !Self.startsBody(content.plainText) {
            guard admit(location) else { return }
            header.append(HeaderLine(block: Block(content, location: location), hint: .unknown))
        } else {
            addToBody(content, at: location, startsBlock: startsBlock)
        }
    }

    /// Unlabelled text in the body (or the line that starts it).
    private mutating func addToBody(_ content: [Inline], at location: SourceLocation, startsBlock: Bool) {
        if startsBlock || !body.hasStarted {
            guard admit(location) else { return }
            body.addUnnumbered(content, at: location)
        } else {
            body.append(content)
        }
    }

    /// Whether an unlabelled line before any division is body text rather than a
    /// header line: it ends as a clause ends, on a comma, semicolon or colon (a
    /// preambular paragraph, "The General Assembly,"), or it is longer than any
    /// masthead, title or author line.
    static func startsBody(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop { ScalarClass.isWhitespace($0) }.makeIterator()
        if let last = scalars.next(), Self.clauseEnds.contains(last) { return true }
        return text.utf8.count > 600
    }

    private static let clauseEnds: Set<Unicode.Scalar> = [",", ";", ":", "،", "؛", "，", "；", "："]

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
        try finishDetecting().document
    }

    /// The document, and the detection of its language when none was given (`ReadDocument.textLanguage`).
    func finishDetecting() throws -> (document: Document, detection: LanguageDetector.Detection?) {
        if let overflow {
            throw HexaglotError.invalidInput(overflow, file: file,
                message: "more than \(Self.maxNodes) divisions, footnotes and header lines; expected a document of at most \(Self.maxNodes)")
        }
        var document = Document(id: "", symbol: symbol, language: language ?? "", body: body.divisions(),
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
        var detection: LanguageDetector.Detection?
        if document.language.isEmpty {
            detection = LanguageDetector.detection(of: document)
            document.language = detection?.language ?? ""
        }
        document.direction = direction ?? Self.direction(for: document.language)
        document.footnoteMarkerForm = Self.firstWrittenForm(document) ?? .plain
        return (document, detection)
    }

    /// The form of the first footnote mark the file shows, so that writing what was read keeps it.
    static func firstWrittenForm(_ document: Document) -> FootnoteMarkerForm? {
        var first = FirstWrittenForm()
        first.visitDocument(document)
        return first.form
    }

    private struct FirstWrittenForm: DocumentVisitor {
        var form: FootnoteMarkerForm?
        mutating func visitFootnoteRef(_ ref: FootnoteRef) {
            if form == nil { form = ref.writtenForm }
        }
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
