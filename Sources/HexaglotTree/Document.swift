/// One rendering (or one reading) of a document in one language.
/// `Document → Section → Paragraph → SubItem → Inline`, plus the masthead and
/// the footnotes. Renderers and readers build it; writers and the checker walk it.
public struct Document: Hashable, Sendable {
    public var id: String
    public var symbol: String?
    /// BCP 47 language code: ar, zh, en, fr, es, ru.
    public var language: String
    public var direction: TextDirection
    public var masthead: [MastheadLine]
    public var title: Block
    public var author: Block
    public var sections: [Section]
    /// In order of number (first citation).
    public var footnotes: [Footnote]
    public var source: SourceLocation?

    public init(
        id: String, symbol: String? = nil, language: String, direction: TextDirection = .leftToRight,
        masthead: [MastheadLine] = [], title: Block = Block(), author: Block = Block(),
        sections: [Section] = [], footnotes: [Footnote] = [], source: SourceLocation? = nil
    ) {
        self.id = id
        self.symbol = symbol
        self.language = language
        self.direction = direction
        self.masthead = masthead
        self.title = title
        self.author = author
        self.sections = sections
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
    public enum Role: String, Hashable, Sendable, CaseIterable, Codable {
        case body, session, venue, agendaItem
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

public struct Section: Hashable, Sendable {
    public var id: String?
    /// 1-based position, whatever the numbering style.
    public var number: Int
    /// The label as written: "一.", "I.", "أولاً -".
    public var label: String
    public var heading: [Inline]
    public var paragraphs: [Paragraph]
    public var location: SourceLocation?
    public init(
        id: String? = nil, number: Int, label: String, heading: [Inline],
        paragraphs: [Paragraph] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.number = number
        self.label = label
        self.heading = heading
        self.paragraphs = paragraphs
        self.location = location
    }
}

public struct Paragraph: Hashable, Sendable {
    public var id: String?
    /// Paragraph numbers run through the document, not per section.
    public var number: Int
    public var label: String
    public var content: [Inline]
    public var subItems: [SubItem]
    public var location: SourceLocation?
    public init(
        id: String? = nil, number: Int, label: String, content: [Inline],
        subItems: [SubItem] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.number = number
        self.label = label
        self.content = content
        self.subItems = subItems
        self.location = location
    }
}

public struct SubItem: Hashable, Sendable {
    public var id: String?
    /// 1-based: (a) is 1, (b) is 2, (أ) is 1.
    public var index: Int
    public var label: String
    public var content: [Inline]
    public var location: SourceLocation?
    public init(id: String? = nil, index: Int, label: String, content: [Inline], location: SourceLocation? = nil) {
        self.id = id
        self.index = index
        self.label = label
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
