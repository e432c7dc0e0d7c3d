import HexaglotTree

/// The wording of recurring names in one language: terms (bodies, the
/// framework …), States by ISO 3166 code, organizations and places by key.
/// Each entry has named forms (`name` is required; `short`, `genitive`,
/// `masthead` … as a language needs) and may say where it came from.
public struct Terminology: Hashable, Sendable {
    public var terms: [String: TermEntry]
    public var states: [String: TermEntry]
    public var organizations: [String: TermEntry]
    public var places: [String: TermEntry]

    public init(terms: [String: TermEntry] = [:], states: [String: TermEntry] = [:],
                organizations: [String: TermEntry] = [:], places: [String: TermEntry] = [:]) {
        self.terms = terms
        self.states = states
        self.organizations = organizations
        self.places = places
    }
}

public struct TermEntry: Hashable, Sendable {
    /// Form name → lines (one line for all but multi-line masthead forms).
    public var forms: [String: [LocatedProse]]
    /// The text to sort by when it differs from the name ("European Union" for "the European Union").
    public var sortAs: String?
    /// Where the wording comes from.
    public var source: String?
    public var location: SourceLocation

    public func form(_ name: String) -> [LocatedProse]? { forms[name] }
}

extension Terminology {
    /// Decodes one terminology file: `key: text` or `key: {name: …, other forms…, sortAs?, source?}`.
    /// A top-level `source: …` is the source of every entry that names none.
    static func decodeTable(yaml text: String, file: String) throws -> [String: TermEntry] {
        let root = try YAMLNode.parse(text, file: file)
        var table: [String: TermEntry] = [:]
        let pairs = try root.mappingPairs("the terminology table")
        let fileSource = try pairs.first { $0.key == "source" }?.value.string("the source of the file's entries (a string)")
        for (key, keyNode, value) in pairs where key != "source" {
            if case .scalar = value.node {
                table[key] = TermEntry(forms: ["name": [try value.prose("the wording of '\(key)'")]],
                                       sortAs: nil, source: fileSource, location: keyNode.location)
                continue
            }
            var forms: [String: [LocatedProse]] = [:]
            var sortAs: String?
            var source: String?
            for (form, _, formNode) in try value.mappingPairs("the forms of '\(key)'") {
                switch form {
                case "sortAs": sortAs = try formNode.string("the sort key of '\(key)'")
                case "source": source = try formNode.string("the source of '\(key)'")
                default:
                    if case .sequence = formNode.node {
                        forms[form] = try formNode.sequence("the lines of '\(key)' (\(form))").map {
                            try $0.prose("a line of '\(key)' (\(form))")
                        }
                    } else {
                        forms[form] = [try formNode.prose("the \(form) form of '\(key)'")]
                    }
                }
            }
            guard forms["name"] != nil else { throw value.error("'\(key)' needs a 'name' form") }
            table[key] = TermEntry(forms: forms, sortAs: sortAs, source: source ?? fileSource, location: keyNode.location)
        }
        return table
    }
}
