import HexaglotICU
import HexaglotModel
import HexaglotTree

/// The state of one rendering of a model in one language: the footnote
/// numbers given so far (by first citation), the terms being expanded (to
/// catch recursion) and the diagnostics found.
final class RenderSession {
    let model: NoteModel
    let pack: LanguagePack
    /// The pack's terms and names as rendered before, by this and earlier sessions.
    let renderings: RenderMemo.Renderings
    let log = DiagnosticLog()
    let numbers: NumberStyleFormatter
    let dates: DateStyleFormatter
    private(set) var footnoteOrder: [String] = []
    private var footnoteNumbers: [String: Int] = [:]
    private var termStack: [String] = []
    let valuesById: [String: ModelValue]

    var locale: LocaleSpec { pack.locale }
    var terminology: Terminology { pack.terminology }

    /// `valuesById`: the model's values by id (``values(of:)``), when the caller keeps them.
    init(model: NoteModel, pack: LanguagePack, valuesById: [String: ModelValue]? = nil) {
        self.model = model
        self.pack = pack
        self.renderings = RenderMemo.shared.renderings(for: pack)
        self.numbers = NumberStyleFormatter(icuLocale: pack.locale.icu)
        self.dates = DateStyleFormatter(icuLocale: pack.locale.icu)
        self.valuesById = valuesById ?? Self.values(of: model)
    }

    /// The model's values (and its meeting's) by id; the first of a repeated id.
    static func values(of model: NoteModel) -> [String: ModelValue] {
        Dictionary((model.values + model.meetingValues).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where the values of a piece of prose come from.
    enum ValueSource {
        /// The model's `values`, by id (templates).
        case model
        /// Fixed names bound by the renderer (masthead lines).
        case bindings([String: ValueData])
        /// The ref is the value itself (`{year:2020}` in a term).
        case literal
    }

    struct Scope {
        var values: ValueSource
        /// Footnote refs allowed here → footnote ids.
        var footnotes: [String: String]
        /// Who owns this prose, for messages ("paragraphs.support").
        var owner: String
    }

    // MARK: Prose

    func render(_ located: LocatedProse, _ scope: Scope) -> [Inline] {
        var inlines: [Inline] = []
        var cited: [String: Int] = [:]
        var locations = located.placeholderLocations.makeIterator()
        for segment in located.prose.segments {
            switch segment {
            case .text(let text):
                inlines.append(.text(text))
            case .placeholder(let p):
                let location = locations.next() ?? located.location(of: p)
                switch p.kind {
                case .footnote:
                    guard let id = scope.footnotes[p.ref] else {
                        let owner = model.nodes.first { $0.footnotes.contains(p.ref) }?.id
                        log.report(.footnoteCitation, at: location, model.footnotes.contains(p.ref) || p.ref == model.agenda?.footnote
                            ? "footnote '\(p.ref)' may not be cited from \(scope.owner); the model attaches it to \(owner.map { "'\($0)'" } ?? "the agenda line")"
                            : "unknown footnote '\(p.ref)' in \(scope.owner)")
                        continue
                    }
                    cited[id, default: 0] += 1
                    if cited[id]! > 1 {
                        log.report(.footnoteCitation, at: location, "footnote '\(id)' is cited twice in \(scope.owner)")
                        continue
                    }
                    inlines.append(.footnoteRef(FootnoteRef(number: number(forFootnote: id), id: id, location: location)))
                case .term:
                    if let term = renderTerm(p.ref, modifiers: p.modifiers, at: location) { inlines.append(.term(term)) }
                case .verbatim:
                    inlines.append(.text(p.ref))
                case .value(let kind):
                    guard let data = resolve(p, kind: kind, scope: scope, at: location) else { continue }
                    if var value = format(data, kind: kind, modifiers: p.modifiers, id: scope.isModel ? p.ref : nil, at: location) {
                        if scope.isModel { value.asPublished = valuesById[p.ref]?.asPublished.map(\.description) }
                        inlines.append(.value(value))
                    }
                }
            }
        }
        for (ref, id) in scope.footnotes.sorted(by: { $0.key < $1.key }) where cited[id] == nil {
            log.report(.footnoteCitation, at: located.location,
                       "\(scope.owner) must cite footnote '\(id)' with {footnote:\(ref)}")
        }
        return FootnotePlacement(rule: locale.footnoteMarker).apply(to: inlines)
    }

    private func number(forFootnote id: String) -> Int {
        if let number = footnoteNumbers[id] { return number }
        footnoteOrder.append(id)
        footnoteNumbers[id] = footnoteOrder.count
        return footnoteOrder.count
    }

    private func resolve(_ p: Placeholder, kind: ValueKind, scope: Scope, at location: SourceLocation) -> ValueData? {
        switch scope.values {
        case .model:
            guard let value = valuesById[p.ref] else {
                log.report(.unknownKey, at: location, "unknown value '\(p.ref)' in \(scope.owner); the model has no such value")
                return nil
            }
            guard value.data.kind == kind else {
                log.report(.placeholderType, at: location,
                           "'{\(kind.rawValue):\(p.ref)}' cites a \(value.data.kind.rawValue) value; write {\(value.data.kind.rawValue):\(p.ref)}")
                return nil
            }
            return value.data
        case .bindings(let bindings):
            guard let data = bindings[p.ref] else {
                log.report(.unknownKey, at: location, "unknown name '\(p.ref)' in \(scope.owner); expected one of: \(bindings.keys.sorted().joined(separator: ", "))")
                return nil
            }
            guard data.kind == kind else {
                log.report(.placeholderType, at: location, "'\(p.ref)' is a \(data.kind.rawValue), not a \(kind.rawValue)")
                return nil
            }
            return data
        case .literal:
            return literal(p.ref, kind: kind, at: location)
        }
    }

    /// A value written out in a term (`{year:2020}`, `{article:8(j)}`).
    private func literal(_ text: String, kind: ValueKind, at location: SourceLocation) -> ValueData? {
        switch kind {
        case .year: if let n = Int(text) { return .year(n) }
        case .number: if let n = Int(text) { return .number(n) }
        case .ordinal: if let n = Int(text), n > 0 { return .ordinal(n) }
        case .article: return .article(text)
        case .symbol: return .symbol(text)
        case .decision: return .decision(text)
        case .recommendation: return .recommendation(text)
        case .url: return .url(text)
        case .date: if let d = PartialDate(iso: text) { return .date(d) }
        default: break
        }
        log.report(.placeholderType, at: location, "'{\(kind.rawValue):\(text)}' is not a literal \(kind.rawValue) a term may hold")
        return nil
    }

    // MARK: Terms

    func renderTerm(_ key: String, modifiers: [String], at location: SourceLocation) -> Term? {
        // Kept only when rendered without a problem: then the term and its form exist.
        if modifiers.count <= 1, let lines = renderings[RenderMemo.Key(table: "terms", key: key, form: modifiers.first ?? "name")] {
            return Term(key: key, content: Self.joined(lines))
        }
        guard let entry = terminology.terms[key] else {
            log.report(.unknownKey, at: location, "unknown term '\(key)'; add it to \(locale.file.replacingAll("locale.yaml", with: "terms.yaml"))")
            return nil
        }
        guard modifiers.count <= 1 else {
            log.report(.unknownModifier, at: location, "a term takes at most one form name")
            return nil
        }
        let form = modifiers.first ?? "name"
        guard let lines = entry.form(form) else {
            log.report(.unknownModifier, at: location, "term '\(key)' has no form '\(form)'; it has: \(entry.forms.keys.sorted().joined(separator: ", "))")
            return nil
        }
        return Term(key: key, content: Self.joined(expand(key, lines: lines, memo: RenderMemo.Key(table: "terms", key: key, form: form), at: location)))
    }

    /// A term's lines as one run of inlines: the line itself when there is one (no copy).
    private static func joined(_ lines: [[Inline]]) -> [Inline] {
        lines.count == 1 ? lines[0] : lines.flatMap { $0 }
    }

    /// The lines of a term's form, each rendered (terms may cite terms). They depend
    /// on the language pack alone, so a rendering without diagnostics is kept in the pack's
    /// memo under `memo` and reused by every later document.
    func expand(_ key: String, lines: [LocatedProse], memo: RenderMemo.Key, at location: SourceLocation) -> [[Inline]] {
        if let rendered = renderings[memo] { return rendered }
        guard !termStack.contains(key) else {
            log.report(.recursion, at: location, "term '\(key)' cites itself through: \((termStack + [key]).joined(separator: " → "))")
            return lines.map { _ in [] }
        }
        termStack.append(key)
        defer { termStack.removeLast() }
        let problems = log.reports
        let rendered = lines.map { render($0, Scope(values: .literal, footnotes: [:], owner: "term '\(key)'")) }
        if log.reports == problems { renderings[memo] = rendered }
        return rendered
    }

    /// The plain text of an entry's form in `table` ("states", "organizations", "places").
    func text(of entry: TermEntry, in table: String, form: String, key: String) -> String? {
        let memo = RenderMemo.Key(table: table, key: key, form: form)
        if let text = renderings[text: memo] { return text }
        guard let lines = entry.form(form) else { return nil }
        let problems = log.reports
        let text = expand(key, lines: lines, memo: memo, at: entry.location).map(\.plainText).joined(separator: " ")
        if log.reports == problems { renderings[text: memo] = text }
        return text
    }
}

extension RenderSession.Scope {
    var isModel: Bool {
        if case .model = values { return true }
        return false
    }
}
