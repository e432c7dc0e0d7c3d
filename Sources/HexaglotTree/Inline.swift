/// Inline content of a heading, paragraph, sub-item or footnote.
/// The set of kinds is closed: a writer or rule that switches over it is told
/// by the compiler when a kind is added.
public enum Inline: Hashable, Sendable {
    /// Prose from a template.
    case text(String)
    /// A fact from the model (date, symbol, URL …), with its rendered text.
    case value(Value)
    /// A recurring term (official name of a body, a State …) in the language's wording.
    case term(Term)
    /// A reference to a footnote, by its number in order of first citation.
    case footnoteRef(FootnoteRef)
}

/// A language-neutral fact as it appears in one rendering.
public struct Value: Hashable, Sendable {
    public var kind: ValueKind
    /// The text as written in this language ("2020年2月24日至29日").
    public var text: String
    /// The language-neutral value ("2020-02-24/2020-02-29", "CBD/WG2020/1/5").
    public var canonical: String
    /// The model value it came from, when it came from one.
    public var id: String?
    /// Why the value is kept as the official text published it, when the model
    /// says so (a symbol that names another meeting's document).
    public var asPublished: String?

    public init(kind: ValueKind, text: String, canonical: String, id: String? = nil, asPublished: String? = nil) {
        self.kind = kind
        self.text = text
        self.canonical = canonical
        self.id = id
        self.asPublished = asPublished
    }
}

/// The kinds of facts the checker compares across languages by value.
public enum ValueKind: String, Hashable, Sendable, CaseIterable, Codable {
    case date, dateRange, year, number, decimal, ordinal, symbol, symbols, decision, recommendation
    case article, url, place, states, organizations, annexes, section
}

public struct Term: Hashable, Sendable {
    public var key: String
    public var content: [Inline]
    public init(key: String, content: [Inline]) {
        self.key = key
        self.content = content
    }
}

public struct FootnoteRef: Hashable, Sendable {
    public var number: Int
    public var id: String?
    public var location: SourceLocation?
    /// The mark's form as the file wrote it ("(3)"), when a reader read it from
    /// a format that shows it (HTML, DOCX); nil for a rendering and the text layout.
    public var writtenForm: FootnoteMarkerForm?
    public init(number: Int, id: String? = nil, location: SourceLocation? = nil, writtenForm: FootnoteMarkerForm? = nil) {
        self.number = number
        self.id = id
        self.location = location
        self.writtenForm = writtenForm
    }
}

extension Array where Element == Inline {
    /// The plain text of these inlines, footnote references left out.
    public var plainText: String {
        map { inline -> String in
            switch inline {
            case .text(let s): s
            case .value(let v): v.text
            case .term(let t): t.content.plainText
            case .footnoteRef: ""
            }
        }.joined()
    }

    /// Footnote references in reading order, terms included.
    public var footnoteRefs: [FootnoteRef] {
        flatMap { inline -> [FootnoteRef] in
            switch inline {
            case .footnoteRef(let r): [r]
            case .term(let t): t.content.footnoteRefs
            case .text, .value: []
            }
        }
    }

    /// Values in reading order, including those inside terms.
    public var values: [Value] {
        flatMap { inline -> [Value] in
            switch inline {
            case .value(let v): [v]
            case .term(let t): t.content.values
            case .text, .footnoteRef: []
            }
        }
    }
}
