import HexaglotModel
import HexaglotTree

/// The parts of a document without a meeting: header lines written by the
/// template, and a body of divisions of any kind, each labelled by its
/// numbering's pattern in this language.
extension Renderer {
    func renderHeader(_ session: RenderSession, into document: inout Document) {
        for line in model.header where !template.isAbsent(.header, line.id) {
            let content = prose(.header, line.id, footnotes: line.footnotes, session)
            let location = template.header[line.id]?.location
            switch line.place {
            case .masthead(let role):
                document.masthead.append(MastheadLine(role: role, content: content, location: location))
            case .author:
                document.author = Block(document.author.content.isEmpty ? content : document.author.content + [.text(" ")] + content,
                                        location: document.author.location ?? location)
            }
        }
    }

    /// The node as a division, or (where this version lacks it) its children in its place.
    func divisions(_ node: BodyNode, _ session: RenderSession) -> [Division] {
        let children = node.children.flatMap { divisions($0, session) }
        guard !template.isAbsent(.body, node.id) else { return children }
        // Each footnote is cited from the heading or from the text, whichever holds its placeholder.
        let inHeading = Set(template.headings[node.id]?.prose.placeholders.filter { $0.kind == .footnote }.map(\.ref) ?? [])
        let heading = template.headings[node.id].map {
            render($0, owner: "headings.\(node.id)", footnotes: node.footnotes.filter(inHeading.contains), session)
        } ?? []
        let content = prose(.body, node.id, footnotes: node.footnotes.filter { !inHeading.contains($0) }, session)
        let (label, number) = self.label(of: node, session)
        return [Division(kind: node.kind, id: node.id, label: label, number: number, heading: heading, content: content,
                         children: children, location: template.body[node.id]?.location)]
    }

    private func label(of node: BodyNode, _ session: RenderSession) -> (String, DivisionNumber?) {
        if let written = template.labels[node.id] {
            return (written, node.number.isEmpty ? nil : DivisionNumber(path: node.number, scheme: .word, style: written))
        }
        guard let name = node.numbering, !node.number.isEmpty else { return ("", nil) }
        let location = node.location ?? template.location
        guard let pattern = template.numbering[name] ?? pack.locale.numbering.divisions[name] else {
            session.log.report(.missingKey, at: template.keyLocations["numbering"] ?? template.location,
                               "no label pattern '\(name)' (the numbering of '\(node.id)') under `numbering:` in the template or `numbering.divisions` in \(pack.locale.file)")
            return ("", nil)
        }
        do {
            return try LabelStyles.label(pattern, number: node.number, locale: pack.locale, numbers: session.numbers)
        } catch {
            session.log.report(.unknownModifier, at: location, "cannot label '\(node.id)' with the pattern '\(name)' (\(pattern)): \(error)")
            return ("", nil)
        }
    }

    /// Keys of the tables a body adds: headings and labels of divisions the model has, numbering it uses.
    func checkBodyKeys(_ log: DiagnosticLog) {
        var ids: Set<String> = []
        var numberings: Set<String> = []
        for division in model.body {
            division.preorder { node in
                ids.insert(node.id)
                if let name = node.numbering { numberings.insert(name) }
            }
        }
        for (table, keys) in [("headings", Array(template.headings.keys)), ("labels", Array(template.labels.keys))] {
            for key in keys.sorted() where !ids.contains(key) {
                log.report(.extraKey, at: template.keyLocations["\(table).\(key)"] ?? template.location,
                           "extra key '\(table).\(key)' in the template: the model \(model.file) has no such division")
            }
        }
        for name in template.numbering.keys.sorted() where !numberings.contains(name) {
            log.report(.extraKey, at: template.keyLocations["numbering.\(name)"] ?? template.location,
                       "extra key 'numbering.\(name)' in the template: no division of the model \(model.file) is numbered '\(name)'")
        }
    }
}

/// The styles a label pattern's `{n|style}` may name: a few that mean the same in
/// every language, then the locale's own numbering and number styles by name.
enum LabelStyles {
    static let builtIn = ["decimal (the default)", "roman", "roman-lower", "letters", "letters-upper", "spellout"]

    static func style(named name: String?, locale: LocaleSpec) -> NumberStyle? {
        switch name {
        case nil, "decimal": return .decimal(grouping: false)
        case "roman", "roman-lower": return .roman
        case "letters", "letters-upper": return .letters("abcdefghijklmnopqrstuvwxyz".map(String.init))
        case "spellout": return .spellOut(ruleSet: nil, capitalized: false)
        case "section": return locale.numbering.section.style
        case "paragraph": return locale.numbering.paragraph.style
        case "subItem": return locale.numbering.subItem.style
        case let name?: return locale.numbers[name] ?? locale.ordinals[name]
        }
    }

    struct LabelError: Error, CustomStringConvertible {
        var description: String
    }

    /// The label `pattern` gives the number `path` in `locale`, and the number it stands for.
    static func label(_ pattern: LabelPattern, number path: [Int], locale: LocaleSpec, numbers: NumberStyleFormatter) throws -> (String, DivisionNumber) {
        guard let last = path.last else { throw LabelError(description: "the division has no number") }
        var label = "", style = ""
        var scheme = NumberScheme.decimal
        for piece in pattern.pieces {
            switch piece {
            case .text(let text):
                label += text
                style += text
            case .level(let level):
                guard level <= path.count - 1 else {
                    throw LabelError(description: "the pattern cites level \(level), and the number \(path) has no such level above its own")
                }
                label += String(path[level - 1])
                style += String(path[level - 1])
            case .number(let styleName):
                guard let numberStyle = Self.style(named: styleName, locale: locale) else {
                    throw LabelError(description: "unknown label style '\(styleName ?? "")'; expected \(builtIn.joined(separator: ", ")) or a number style of \(locale.file)")
                }
                label += try format(last, styleName: styleName, style: numberStyle, numbers)
                style += "#"
                scheme = self.scheme(of: numberStyle)
            }
        }
        return (label, DivisionNumber(path: path, scheme: scheme, style: style))
    }

    static func format(_ n: Int, styleName: String?, style: NumberStyle, _ numbers: NumberStyleFormatter) throws -> String {
        let text = try numbers.format(n, as: style)
        switch styleName {
        case "roman-lower": return text.lowercased()
        case "letters-upper": return text.uppercased()
        default: return text
        }
    }

    static func scheme(of style: NumberStyle) -> NumberScheme {
        switch style {
        case .decimal, .digitsOrdinal: .decimal
        case .roman: .roman
        case .letters: .letter
        case .spellOut, .words: .word
        }
    }
}
