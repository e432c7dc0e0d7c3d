import HexaglotICU
import HexaglotModel
import HexaglotTree

/// Model + language pack + template → one document tree in that language.
/// This is the only place that knows how a note is put together; writers
/// only walk the tree it returns.
public struct Renderer {
    public let model: NoteModel
    public let pack: LanguagePack
    public let template: DocumentTemplate
    /// What depends on the model and template alone, found once for every rendering:
    /// the model's values by id, and the problems of the template's keys.
    private let valuesById: [String: ModelValue]
    private var keyDiagnostics: [Diagnostic] = []

    public init(model: NoteModel, pack: LanguagePack, template: DocumentTemplate) {
        self.model = model
        self.pack = pack
        self.template = template
        valuesById = RenderSession.values(of: model)
        let log = DiagnosticLog()
        checkKeys(log)
        checkBodyKeys(log)
        keyDiagnostics = log.diagnostics
    }

    /// The rendered document; throws the first problem found, located.
    public func render() throws -> Document {
        let (document, diagnostics) = renderCollectingDiagnostics()
        if let first = diagnostics.first { throw first.error }
        return document
    }

    /// Every problem found, for `lint`: the rendering goes on past each one.
    public func diagnose() -> [Diagnostic] {
        renderCollectingDiagnostics().1
    }

    func renderCollectingDiagnostics() -> (Document, [Diagnostic]) {
        let session = RenderSession(model: model, pack: pack, valuesById: valuesById)
        for d in keyDiagnostics { session.log.report(d.rule, at: d.location, d.message) }
        let locale = pack.locale
        var document = Document(id: model.id, symbol: model.symbol, language: locale.language, direction: locale.direction)
        document.footnoteMarkerForm = locale.footnoteMarkerForm
        if let meeting = model.meeting, let agenda = model.agenda {
            document.masthead = masthead(session, meeting: meeting, agenda: agenda)
        }
        document.title = Block(session.cased(.title, session.render(template.title, .init(values: .model, footnotes: [:], owner: "the title")),
                                             at: template.title.location),
                               location: template.title.location)
        if let author = model.author { document.author = self.author(session, author) }
        renderHeader(session, into: &document)
        // A note's body: sections, paragraphs numbered through the document, sub-items.
        var paragraphNumber = 0
        for (sectionIndex, section) in model.sections.enumerated() {
            let numbering = locale.numbering
            var out = Division(kind: .section, id: section.id,
                               label: label(sectionIndex + 1, numbering.section, session, at: section.location),
                               number: number(sectionIndex + 1, numbering.section),
                               heading: session.cased(.sections, prose(.section, section.id, footnotes: [], session),
                                                      at: template.sections[section.id]?.location ?? template.location),
                               location: template.sections[section.id]?.location)
            for paragraph in section.paragraphs {
                paragraphNumber += 1
                var p = Division(kind: .paragraph, id: paragraph.id,
                                 label: label(paragraphNumber, numbering.paragraph, session, at: paragraph.location),
                                 number: number(paragraphNumber, numbering.paragraph),
                                 content: prose(.paragraph, paragraph.id, footnotes: paragraph.footnotes, session),
                                 location: template.paragraphs[paragraph.id]?.location)
                for (itemIndex, item) in paragraph.subItems.enumerated() {
                    p.children.append(Division(kind: .subparagraph, id: item.id,
                                               label: label(itemIndex + 1, numbering.subItem, session, at: item.location),
                                               number: number(itemIndex + 1, numbering.subItem),
                                               content: prose(.subItem, item.id, footnotes: item.footnotes, session),
                                               location: template.subItems[item.id]?.location))
                }
                out.children.append(p)
            }
            document.body.append(out)
        }
        for node in model.body { document.body += divisions(node, session) }
        // Footnote bodies, numbered by first citation; a body may not cite footnotes.
        document.footnotes = session.footnoteOrder.enumerated().map { index, id in
            Footnote(number: index + 1, id: id, content: prose(.footnote, id, footnotes: [], session),
                     location: template.footnotes[id]?.location)
        }
        return (document, session.log.diagnostics)
    }

    // MARK: Parts

    private func masthead(_ session: RenderSession, meeting: NoteModel.Meeting, agenda: NoteModel.Agenda) -> [MastheadLine] {
        let patterns = pack.locale.masthead
        var lines: [MastheadLine] = []
        if let entry = pack.terminology.terms[meeting.body] {
            if let forms = entry.forms[patterns.bodyForm] {
                for line in session.expand(meeting.body, lines: forms, memo: RenderMemo.Key(table: "terms", key: meeting.body, form: patterns.bodyForm), at: entry.location) {
                    let content = session.cased(.mastheadBody, [.term(Term(key: meeting.body, content: line))], at: entry.location)
                    lines.append(MastheadLine(role: .body, content: content))
                }
            } else {
                session.log.report(.unknownModifier, at: entry.location,
                                   "term '\(meeting.body)' (the meeting's body) has no form '\(patterns.bodyForm)', which the masthead's bodyForm names")
            }
        } else {
            session.log.report(.unknownKey, at: patterns.session.location, "unknown term '\(meeting.body)' (the meeting's body)")
        }
        let bindings: [String: ValueData] = [
            "session": .ordinal(meeting.session),
            "dates": .dateRange(meeting.start, meeting.end),
            "venue": .place(meeting.venue),
            "item": .number(agenda.item),
        ]
        func line(_ role: MastheadLine.Role, _ prose: LocatedProse, footnotes: [String: String] = [:]) -> MastheadLine {
            MastheadLine(role: role, content: session.render(prose, .init(values: .bindings(bindings), footnotes: footnotes,
                                                                          owner: "the masthead's \(role.rawValue) line")),
                         location: prose.location)
        }
        lines.append(line(.session, patterns.session))
        lines.append(line(.venue, patterns.venue))
        lines.append(line(.agendaItem, patterns.agendaItem, footnotes: agenda.footnote.map { ["agenda": $0] } ?? [:]))
        return lines
    }

    private func author(_ session: RenderSession, _ author: NoteModel.Author) -> Block {
        guard let prose = pack.locale.authorLines[author.role]?[author.gender] else {
            session.log.report(.missingKey, at: SourceLocation(file: pack.locale.file, line: 1, column: 1),
                               "no author line for '\(author.role)' (\(author.gender.rawValue)) under authorLines")
            return Block()
        }
        return Block(session.render(prose, .init(values: .model, footnotes: [:], owner: "the author line")), location: prose.location)
    }

    func prose(_ kind: NodeRef.Kind, _ id: String, footnotes: [String], _ session: RenderSession) -> [Inline] {
        guard let prose = template.prose(for: kind, id: id) else { return [] }  // reported by checkKeys
        return render(prose, owner: "\(kind.rawValue).\(id)", footnotes: footnotes, session)
    }

    func render(_ prose: LocatedProse, owner: String, footnotes: [String], _ session: RenderSession) -> [Inline] {
        session.render(prose, .init(values: .model, footnotes: Dictionary(uniqueKeysWithValues: footnotes.map { ($0, $0) }), owner: owner))
    }

    private func label(_ n: Int, _ label: LocaleSpec.Label, _ session: RenderSession, at location: SourceLocation?) -> String {
        do {
            return label.prefix + (try session.numbers.format(n, as: label.style)) + label.suffix
        } catch {
            session.log.report(.icu, at: location ?? SourceLocation(file: pack.locale.file, line: 1, column: 1),
                               "cannot number item \(n): \(error)")
            return label.prefix + String(n) + label.suffix
        }
    }

    /// The number a label stands for, with the scheme its style writes it in.
    private func number(_ n: Int, _ label: LocaleSpec.Label) -> DivisionNumber {
        DivisionNumber(n, scheme: LabelStyles.scheme(of: label.style), style: label.prefix + "#" + label.suffix)
    }

    /// The template's keys must be exactly the model's node ids.
    func checkKeys(_ log: DiagnosticLog) {
        var expected: [NodeRef.Kind: [(String, SourceLocation?)]] = [:]
        for node in model.nodes { expected[node.kind, default: []].append((node.id, node.location)) }
        expected[.footnote] = model.footnotes.map { ($0, nil) }
        for kind in NodeRef.Kind.allCases {
            let ids = expected[kind] ?? []
            let table = template.table(kind)
            for (id, _) in ids where table[id] == nil && !template.isAbsent(kind, id) {
                log.report(.missingKey, at: template.keyLocations[kind.rawValue] ?? template.location,
                           "missing key '\(kind.rawValue).\(id)' in the template: the model \(model.file) has this node")
            }
            let known = Set(ids.map(\.0))
            let keys = Set(table.keys).union(template.absent.compactMap {
                $0.hasPrefix(kind.rawValue + ".") ? String($0.dropFirst(kind.rawValue.count + 1)) : nil
            })
            for key in keys.filter({ !known.contains($0) }).sorted() {  // sorted: messages in a stable order
                log.report(.extraKey, at: template.keyLocations["\(kind.rawValue).\(key)"] ?? template.location,
                           "extra key '\(kind.rawValue).\(key)' in the template: the model \(model.file) has no such node")
            }
        }
    }
}
