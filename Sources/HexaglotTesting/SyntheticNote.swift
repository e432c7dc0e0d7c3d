import HexaglotModel
import HexaglotTree

/// A note of any length made from a real one, for benchmarks: paragraph k is
/// a copy of the model's paragraph k mod m (with its sub-items), in the same
/// section, so the sections keep their number (Arabic numbers them with ten
/// words) and grow. Each copy cites copies of its footnotes, so footnotes
/// grow in proportion. Copies cite the same values. Round 1 keeps the
/// original ids; round r > 1 suffixes every node and footnote id with "-r<r>".
public struct SyntheticNote {
    public let model: NoteModel
    /// The model's templates, by language.
    public let templates: [String: DocumentTemplate]

    public init(model: NoteModel, templates: [String: DocumentTemplate]) {
        self.model = model
        self.templates = templates
    }

    /// The id of the note with `paragraphs` paragraphs.
    public func documentId(paragraphs: Int) -> String { "\(model.id)-p\(paragraphs)" }

    /// The files of the note with `paragraphs` paragraphs, by path relative to
    /// a workspace root: `Documents/<id>/note.yaml` and one
    /// `Templates/<lang>/<id>.yaml` per language (Locales/ is the original's).
    public func files(paragraphs: Int) -> [(path: String, text: String)] {
        let plan = Plan(model: model, paragraphs: paragraphs)
        let id = documentId(paragraphs: paragraphs)
        var files = [("Documents/\(id)/note.yaml", modelYAML(plan, id: id))]
        for language in templates.keys.sorted() {
            files.append(("Templates/\(language)/\(id).yaml", templateYAML(templates[language]!, plan)))
        }
        return files
    }

    // MARK: The plan

    /// Which original node each synthetic node copies, and in which round.
    struct Copy {
        var original: String
        var round: Int
        var footnotes: [String]
        var id: String { SyntheticNote.suffixed(original, round) }
    }

    struct Plan {
        /// Per section (the model's order): its paragraphs, each with its sub-items.
        var sections: [(id: String, paragraphs: [(Copy, [Copy])])]
        /// Footnote copies in declaration order: (original, round).
        var footnotes: [(String, Int)]

        init(model: NoteModel, paragraphs count: Int) {
            let originals = model.sections.enumerated().flatMap { index, section in section.paragraphs.map { (index, $0) } }
            sections = model.sections.map { ($0.id, []) }
            footnotes = model.agenda?.footnote.map { [($0, 1)] } ?? []
            guard !originals.isEmpty else { return }
            for k in 0..<max(count, 0) {
                let (sectionIndex, p) = originals[k % originals.count]
                let round = k / originals.count + 1
                let items = p.subItems.map { Copy(original: $0.id, round: round, footnotes: $0.footnotes) }
                sections[sectionIndex].paragraphs.append((Copy(original: p.id, round: round, footnotes: p.footnotes), items))
                footnotes += (p.footnotes + p.subItems.flatMap(\.footnotes)).map { ($0, round) }
            }
        }
    }

    static func suffixed(_ id: String, _ round: Int) -> String { round == 1 ? id : "\(id)-r\(round)" }

    // MARK: YAML

    private func modelYAML(_ plan: Plan, id: String) -> String {
        let m = model
        var out = "# Synthetic note made by `hexaglot-bench synth` from \(m.file); for benchmarks only.\n"
        out += "id: \(Self.quoted(id))\n"
        if let symbol = m.symbol { out += "symbol: \(Self.quoted(symbol))\n" }
        if let author = m.author { out += "author: {role: \(Self.quoted(author.role)), gender: \(author.gender.rawValue)}\n" }
        if let meeting = m.meeting {
            out += "meeting:\n  body: \(Self.quoted(meeting.body))\n  session: \(meeting.session)\n"
            out += "  venue: \(Self.place(meeting.venue))\n  dates: \(meeting.start.iso)/\(meeting.end.iso)\n"
        }
        if let agenda = m.agenda { out += "agenda: {item: \(agenda.item)\(agenda.footnote.map { ", footnote: \(Self.quoted($0))" } ?? "")}\n" }
        out += "values:\n"
        for value in m.values { out += "  \(Self.quoted(value.id)): \(Self.value(value.data))\n" }
        out += "footnotes: \(Self.list(plan.footnotes.map { Self.suffixed($0.0, $0.1) }))\n"
        out += "sections:\n"
        for section in plan.sections {
            out += "  - id: \(Self.quoted(section.id))\n    paragraphs:"
            out += section.paragraphs.isEmpty ? " []\n" : "\n"
            for (p, items) in section.paragraphs {
                out += "      - id: \(Self.quoted(p.id))\n        footnotes: \(Self.list(p.footnotes.map { Self.suffixed($0, p.round) }))\n"
                guard !items.isEmpty else { continue }
                out += "        subItems:\n"
                for item in items {
                    out += "          - {id: \(Self.quoted(item.id)), footnotes: \(Self.list(item.footnotes.map { Self.suffixed($0, item.round) }))}\n"
                }
            }
        }
        return out
    }

    private func templateYAML(_ template: DocumentTemplate, _ plan: Plan) -> String {
        func prose(_ located: LocatedProse?, _ copy: Copy) -> String {
            var source = located?.prose.source ?? ""
            if copy.round > 1 {
                for footnote in copy.footnotes {
                    source = source.replacingAll("{footnote:\(footnote)}", with: "{footnote:\(Self.suffixed(footnote, copy.round))}")
                }
            }
            return Self.quoted(source)
        }
        var out = "# Synthetic template made by `hexaglot-bench synth` from \(template.file); for benchmarks only.\n"
        out += "title: \(Self.quoted(template.title.prose.source))\nsections:\n"
        for section in plan.sections {
            out += "  \(Self.quoted(section.id)): \(Self.quoted(template.sections[section.id]?.prose.source ?? ""))\n"
        }
        out += "paragraphs:\n"
        var items: [Copy] = []
        for section in plan.sections {
            for (p, subItems) in section.paragraphs {
                out += "  \(Self.quoted(p.id)): \(prose(template.paragraphs[p.original], p))\n"
                items += subItems
            }
        }
        out += items.isEmpty ? "subItems: {}\n" : "subItems:\n"
        for item in items { out += "  \(Self.quoted(item.id)): \(prose(template.subItems[item.original], item))\n" }
        out += "footnotes:\n"
        for (footnote, round) in plan.footnotes {
            out += "  \(Self.quoted(Self.suffixed(footnote, round))): \(Self.quoted(template.footnotes[footnote]?.prose.source ?? ""))\n"
        }
        return out
    }

    private static func value(_ data: ValueData) -> String { ModelYAML.value(data) }
    private static func place(_ p: Place) -> String { ModelYAML.place(p) }
    private static func list(_ items: [String]) -> String { ModelYAML.list(items) }
    static func quoted(_ s: String) -> String { ModelYAML.quoted(s) }
}
