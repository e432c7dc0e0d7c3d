/// One rendering (or one reading) of a document in one language: the masthead,
/// title and author line, a body of nested `Division`s (parts, chapters,
/// articles, sections, annexes, paragraphs, sub-paragraphs … as Akoma Ntoso
/// names them), each with its inline content, and the footnotes. Renderers and
/// readers build it; writers and the checker walk it.
public struct Document: Hashable, Sendable {
    public var id: String
    public var symbol: String?
    /// BCP 47 language code: ar, zh, en, fr, es, ru.
    public var language: String
    public var direction: TextDirection
    public var masthead: [MastheadLine]
    public var title: Block
    public var author: Block
    /// The body, in reading order: a note's sections, a treaty's chapters, a
    /// resolution's preamble and operative paragraphs, a list of goals.
    public var body: [Division]
    /// In order of number (first citation).
    public var footnotes: [Footnote]
    /// How the writers show footnote numbers: the locale's form for a rendering,
    /// the first reference's for a reading of a format that shows it.
    public var footnoteMarkerForm: FootnoteMarkerForm = .plain
    public var source: SourceLocation?

    public init(
        id: String, symbol: String? = nil, language: String, direction: TextDirection = .leftToRight,
        masthead: [MastheadLine] = [], title: Block = Block(), author: Block = Block(),
        body: [Division] = [], footnotes: [Footnote] = [], source: SourceLocation? = nil
    ) {
        self.id = id
        self.symbol = symbol
        self.language = language
        self.direction = direction
        self.masthead = masthead
        self.title = title
        self.author = author
        self.body = body
        self.footnotes = footnotes
        self.source = source
    }
}

public enum TextDirection: String, Hashable, Sendable, Codable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// A run of inline content with a location: a title, an author line, a heading.
public struct Block: Hashable, Sendable {
    public var content: [Inline]
    public var location: SourceLocation?
    public init(_ content: [Inline] = [], location: SourceLocation? = nil) {
        self.content = content
        self.location = location
    }
}

public struct MastheadLine: Hashable, Sendable {
    /// The typed fields of a UN masthead; a document has those it has.
    public enum Role: String, Hashable, Sendable, CaseIterable, Codable {
        case distribution, date, originalLanguage, body, session, venue, agendaItem
    }
    public var role: Role
    public var content: [Inline]
    public var location: SourceLocation?
    public init(role: Role, content: [Inline], location: SourceLocation? = nil) {
        self.role = role
        self.content = content
        self.location = location
    }
}

public struct Footnote: Hashable, Sendable {
    public var number: Int
    public var id: String?
    public var content: [Inline]
    public var location: SourceLocation?
    public init(number: Int, id: String? = nil, content: [Inline], location: SourceLocation? = nil) {
        self.number = number
        self.id = id
        self.content = content
        self.location = location
    }
}
