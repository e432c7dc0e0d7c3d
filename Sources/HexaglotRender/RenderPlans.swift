import HexaglotModel
import HexaglotTree
import Synchronization

/// What every rendering by one `Renderer` shares: each prose of its template as the first
/// rendering wrote it (values looked up and formatted, terms expanded, markers placed, case
/// applied), and each division (without its children) with its label and number. These depend
/// on the model, pack and template alone, which a Renderer holds fixed, so later renderings
/// walk them instead of rendering again: only footnote markers are numbered anew, by first
/// citation in each rendering. A prose whose rendering found a problem is not kept: it is
/// rendered (and reported) every time. Bounded by the template: at most one entry per prose
/// it renders.
final class RenderPlans: Sendable {
    /// Which prose or division: one per place the renderer writes one.
    enum Key: Hashable, Sendable {
        case title, author
        /// A node's prose (a header line's, a footnote's body).
        case node(NodeRef.Kind, String)
        /// A section, paragraph or sub-item, by id and number (the model's ids are unique,
        /// but one made in code need not be: the number keeps their labels apart).
        case division(NodeRef.Kind, String, number: Int)
        /// A division of a body (`body:`), without its children.
        case bodyDivision(String)
    }

    private let proses = Mutex<[Key: PlannedInlines]>([:])
    private let divisions = Mutex<[Key: PlannedDivision]>([:])
    private let masthead = Mutex<[PlannedMastheadLine]?>(nil)

    subscript(key: Key) -> PlannedInlines? {
        get { proses.withLock { $0[key] } }
        set { proses.withLock { $0[key] = newValue } }
    }

    subscript(division key: Key) -> PlannedDivision? {
        get { divisions.withLock { $0[key] } }
        set { divisions.withLock { $0[key] = newValue } }
    }

    /// The masthead's lines as first rendered.
    var mastheadLines: [PlannedMastheadLine]? {
        get { masthead.withLock { $0 } }
        set { masthead.withLock { $0 = newValue } }
    }
}

/// Inlines as first rendered, and where their footnote markers are (each rendering numbers them).
struct PlannedInlines: Sendable {
    let inlines: [Inline]
    let markers: [Int]

    init(_ inlines: [Inline]) {
        self.inlines = inlines
        markers = inlines.indices.filter { if case .footnoteRef = inlines[$0] { true } else { false } }
    }
}

/// A masthead line as first rendered.
struct PlannedMastheadLine: Sendable {
    let role: MastheadLine.Role
    let content: PlannedInlines
    let location: SourceLocation?
}

/// A division as first rendered, without its children (a class: read out
/// of the plans with one retain, not one per field).
final class PlannedDivision: Sendable {
    let division: Division
    let heading: PlannedInlines
    let content: PlannedInlines

    init(_ division: Division) {
        self.division = division
        heading = PlannedInlines(division.heading)
        content = PlannedInlines(division.content)
    }
}
