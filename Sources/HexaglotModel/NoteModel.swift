import HexaglotTree

/// The language-neutral model of one document (`Documents/<id>/note.yaml`):
/// its structure, its footnotes and every fact the text cites. Prose is not here.
///
/// Two layouts share it. A note by a secretariat has a meeting, an agenda item
/// and an author, from which the renderer builds the masthead and author line,
/// and `sections` of numbered paragraphs. Any other document (a resolution, a
/// treaty, a list of goals, an imported document) has `header` lines and a
/// `body` of divisions of any kind; the two may not be mixed.
public struct NoteModel: Hashable, Sendable {
    public var id: String
    public var symbol: String?
    public var author: Author?
    public var meeting: Meeting?
    public var agenda: Agenda?
    /// Values in file order.
    public var values: [ModelValue]
    /// Footnote ids; each must be cited exactly once, from the node that lists it.
    public var footnotes: [String]
    public var sections: [SectionModel]
    /// Masthead and author lines written by the template (documents without a meeting).
    public var header: [HeaderLineModel]
    /// The body as divisions of any kind (documents without `sections`).
    public var body: [BodyNode]
    public var file: String

    public init(id: String, symbol: String? = nil, author: Author? = nil, meeting: Meeting? = nil, agenda: Agenda? = nil,
                values: [ModelValue] = [], footnotes: [String] = [], sections: [SectionModel] = [],
                header: [HeaderLineModel] = [], body: [BodyNode] = [], file: String) {
        self.id = id
        self.symbol = symbol
        self.author = author
        self.meeting = meeting
        self.agenda = agenda
        self.values = values
        self.footnotes = footnotes
        self.sections = sections
        self.header = header
        self.body = body
        self.file = file
    }

    public struct Author: Hashable, Sendable {
        public var role: String
        public var gender: Gender
    }

    public enum Gender: String, Hashable, Sendable, CaseIterable {
        case feminine, masculine
    }

    public struct Meeting: Hashable, Sendable {
        /// Term key of the body ("wg2020").
        public var body: String
        public var session: Int
        public var venue: Place
        public var start: CivilDate
        public var end: CivilDate
    }

    public struct Agenda: Hashable, Sendable {
        public var item: Int
        /// The footnote attached to the agenda line, if any.
        public var footnote: String?
    }

    public func value(_ id: String) -> ModelValue? {
        (values + meetingValues).first { $0.id == id }
    }

    /// The meeting's facts, citable from templates as values
    /// (`{ordinal:meeting.session}`, `{dateRange:meeting.dates}` …).
    public var meetingValues: [ModelValue] {
        var values: [ModelValue] = []
        if let meeting {
            values += [
                ModelValue(id: "meeting.session", data: .ordinal(meeting.session)),
                ModelValue(id: "meeting.dates", data: .dateRange(meeting.start, meeting.end)),
                ModelValue(id: "meeting.venue", data: .place(meeting.venue)),
            ]
        }
        if let agenda { values.append(ModelValue(id: "agenda.item", data: .number(agenda.item))) }
        return values
    }

    /// Every node id of the text, in reading order, with the footnotes it must cite.
    public var nodes: [NodeRef] {
        var result: [NodeRef] = header.map { NodeRef(kind: .header, id: $0.id, footnotes: $0.footnotes, location: $0.location) }
        for division in body {
            division.preorder { result.append(NodeRef(kind: .body, id: $0.id, footnotes: $0.footnotes, location: $0.location)) }
        }
        for section in sections {
            result.append(NodeRef(kind: .section, id: section.id, footnotes: [], location: section.location))
            for paragraph in section.paragraphs {
                result.append(NodeRef(kind: .paragraph, id: paragraph.id, footnotes: paragraph.footnotes,
                                      location: paragraph.location))
                for item in paragraph.subItems {
                    result.append(NodeRef(kind: .subItem, id: item.id, footnotes: item.footnotes, location: item.location))
                }
            }
        }
        return result
    }
}

public struct SectionModel: Hashable, Sendable {
    public var id: String
    public var paragraphs: [ParagraphModel]
    public var location: SourceLocation?
}

public struct ParagraphModel: Hashable, Sendable {
    public var id: String
    public var footnotes: [String]
    public var subItems: [SubItemModel]
    public var location: SourceLocation?
}

public struct SubItemModel: Hashable, Sendable {
    public var id: String
    public var footnotes: [String]
    public var location: SourceLocation?
}

/// A node of the model that a template gives prose for.
public struct NodeRef: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case section = "sections", paragraph = "paragraphs", subItem = "subItems", footnote = "footnotes"
        /// A header line of a document without a meeting.
        case header
        /// A division of a `body`: its text (its heading, if any, is under `headings`).
        case body
    }
    public var kind: Kind
    public var id: String
    public var footnotes: [String]
    public var location: SourceLocation?
}
