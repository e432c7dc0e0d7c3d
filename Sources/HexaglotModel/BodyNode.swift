import HexaglotTree

/// One division of a document's body in the model, of any kind Akoma Ntoso
/// names (article, chapter, goal, target, recital, paragraph …): its number,
/// the numbering its label is written in, the footnotes it cites and its
/// children. How the label is written in each language is the template's
/// `numbering:` pattern for that name (or the locale's), never the model's.
public struct BodyNode: Hashable, Sendable {
    public var id: String
    public var kind: DivisionKind
    /// The number as a path ("1.a" of a list of targets is [1, 1]); empty when unnumbered.
    public var number: [Int]
    /// The name of the label pattern (`numbering:` in the templates, else the locale's
    /// `divisions:`); nil for an unlabelled division.
    public var numbering: String?
    public var footnotes: [String]
    public var children: [BodyNode]
    public var location: SourceLocation?

    public init(id: String, kind: DivisionKind, number: [Int] = [], numbering: String? = nil, footnotes: [String] = [],
                children: [BodyNode] = [], location: SourceLocation? = nil) {
        self.id = id
        self.kind = kind
        self.number = number
        self.numbering = numbering
        self.footnotes = footnotes
        self.children = children
        self.location = location
    }

    /// This node and everything below it, in reading order.
    public func preorder(_ body: (BodyNode) -> Void) {
        body(self)
        for child in children { child.preorder(body) }
    }
}

/// A line before the body that is neither the title nor built from the
/// meeting: a masthead line of a given role, or the author line. Its prose is
/// the template's `header.<id>`.
public struct HeaderLineModel: Hashable, Sendable {
    public enum Place: Hashable, Sendable {
        case masthead(MastheadLine.Role)
        case author
    }
    public var id: String
    public var place: Place
    public var footnotes: [String]
    public var location: SourceLocation?

    public init(id: String, place: Place, footnotes: [String] = [], location: SourceLocation? = nil) {
        self.id = id
        self.place = place
        self.footnotes = footnotes
        self.location = location
    }

    /// `author`, or the masthead role's name (`session`, `venue` …), as `note.yaml` writes it.
    public var placeName: String {
        switch place {
        case .author: "author"
        case .masthead(let role): role.rawValue
        }
    }

    public init?(placeName: String) {
        if placeName == "author" { self.init(id: "", place: .author); return }
        guard let role = MastheadLine.Role(rawValue: placeName) else { return nil }
        self.init(id: "", place: .masthead(role))
    }
}
