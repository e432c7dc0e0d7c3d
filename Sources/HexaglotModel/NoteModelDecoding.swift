import HexaglotTree

extension NoteModel {
    /// Decodes `note.yaml`; every error names file:line:column and the expected shape.
    public static func decode(yaml text: String, file: String) throws -> NoteModel {
        let root = try YAMLNode.parse(text, file: file)
        let f = try root.fields("the document model", allowed: [
            "id", "symbol", "author", "meeting", "agenda", "values", "footnotes", "sections", "header", "body",
        ])
        func required(_ key: String) throws -> YAMLNode {
            guard let node = f[key] else { throw root.error("missing key '\(key)' in the document model") }
            return node
        }

        let values = try f["values"].map(decodeValues) ?? []
        let footnoteNodes = try f["footnotes"]?.sequence("the footnote ids") ?? []
        let footnotes = try footnoteNodes.map { try $0.string("a footnote id") }
        let model = NoteModel(
            id: try required("id").string("the document id"),
            symbol: try f["symbol"]?.string("the document symbol"),
            author: try f["author"].map(decodeAuthor),
            meeting: try f["meeting"].map(decodeMeeting),
            agenda: try f["agenda"].map(decodeAgenda),
            values: values,
            footnotes: footnotes,
            sections: try f["sections"]?.sequence("the sections").map(decodeSection) ?? [],
            header: try f["header"]?.sequence("the header lines").map(decodeHeaderLine) ?? [],
            body: try f["body"]?.sequence("the body").map(decodeBodyNode) ?? [],
            file: file
        )
        try model.validate(footnoteNodes: footnoteNodes, root: root)
        return model
    }

    private static func decodeAuthor(_ node: YAMLNode) throws -> Author {
        let f = try node.fields("the author", allowed: ["role", "gender"])
        guard let role = f["role"], let gender = f["gender"] else {
            throw node.error("expected the author as {role: …, gender: feminine|masculine}")
        }
        let genderName = try gender.string("the author's gender")
        guard let g = Gender(rawValue: genderName) else {
            throw gender.error("expected gender 'feminine' or 'masculine', found '\(genderName)'")
        }
        return Author(role: try role.string("the author's role"), gender: g)
    }

    private static func decodeMeeting(_ node: YAMLNode) throws -> Meeting {
        let f = try node.fields("the meeting", allowed: ["body", "session", "venue", "dates"])
        guard let body = f["body"], let session = f["session"], let venue = f["venue"], let dates = f["dates"] else {
            throw node.error("expected the meeting as {body, session, venue, dates}")
        }
        let (start, end) = try decodeRange(dates)
        return Meeting(body: try body.string("the meeting's body (a term key)"),
                       session: try session.int("the session number"),
                       venue: try decodePlace(venue), start: start, end: end)
    }

    private static func decodeAgenda(_ node: YAMLNode) throws -> Agenda {
        let f = try node.fields("the agenda item", allowed: ["item", "footnote"])
        guard let item = f["item"] else { throw node.error("expected the agenda item as {item: N}") }
        return Agenda(item: try item.int("the agenda item number"), footnote: try f["footnote"]?.string("a footnote id"))
    }

    private static func decodeSection(_ node: YAMLNode) throws -> SectionModel {
        let f = try node.fields("a section", allowed: ["id", "paragraphs"])
        guard let id = f["id"], let paragraphs = f["paragraphs"] else {
            throw node.error("expected a section as {id, paragraphs}")
        }
        return SectionModel(id: try id.string("a section id"),
                            paragraphs: try paragraphs.sequence("the paragraphs").map(decodeParagraph),
                            location: node.location)
    }

    private static func decodeParagraph(_ node: YAMLNode) throws -> ParagraphModel {
        let f = try node.fields("a paragraph", allowed: ["id", "footnotes", "subItems"])
        guard let id = f["id"] else { throw node.error("expected a paragraph as {id, footnotes?, subItems?}") }
        return ParagraphModel(
            id: try id.string("a paragraph id"),
            footnotes: try f["footnotes"]?.strings("the paragraph's footnotes") ?? [],
            subItems: try f["subItems"]?.sequence("the sub-items").map { item in
                let g = try item.fields("a sub-item", allowed: ["id", "footnotes"])
                guard let id = g["id"] else { throw item.error("expected a sub-item as {id, footnotes?}") }
                return SubItemModel(id: try id.string("a sub-item id"),
                                    footnotes: try g["footnotes"]?.strings("the sub-item's footnotes") ?? [],
                                    location: item.location)
            } ?? [],
            location: node.location)
    }

    private static func decodeHeaderLine(_ node: YAMLNode) throws -> HeaderLineModel {
        let f = try node.fields("a header line", allowed: ["id", "place", "footnotes"])
        guard let id = f["id"], let place = f["place"] else {
            throw node.error("expected a header line as {id, place, footnotes?}")
        }
        let name = try place.string("the line's place")
        guard var line = HeaderLineModel(placeName: name) else {
            throw place.error("unknown place '\(name)'; expected author or a masthead role: "
                + MastheadLine.Role.allCases.map(\.rawValue).joined(separator: ", "))
        }
        line.id = try id.string("a header line id")
        line.footnotes = try f["footnotes"]?.strings("the line's footnotes") ?? []
        line.location = node.location
        return line
    }

    private static func decodeBodyNode(_ node: YAMLNode) throws -> BodyNode {
        let f = try node.fields("a division", allowed: ["id", "kind", "number", "numbering", "footnotes", "children"])
        guard let id = f["id"], let kind = f["kind"] else {
            throw node.error("expected a division as {id, kind, number?, numbering?, footnotes?, children?}")
        }
        let kindName = try kind.string("the division's kind")
        guard let divisionKind = DivisionKind(rawValue: kindName) else {
            throw kind.error("unknown division kind '\(kindName)'; expected one of: "
                + DivisionKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return BodyNode(
            id: try id.string("a division id"), kind: divisionKind,
            number: try f["number"]?.sequence("the division's number (a path such as [1, 2])").map { try $0.int("a level of the number") } ?? [],
            numbering: try f["numbering"]?.string("the division's numbering name"),
            footnotes: try f["footnotes"]?.strings("the division's footnotes") ?? [],
            children: try f["children"]?.sequence("the division's children").map(decodeBodyNode) ?? [],
            location: node.location)
    }

    // MARK: Values

    private static func decodeValues(_ node: YAMLNode) throws -> [ModelValue] {
        try node.mappingPairs("the values").map { id, _, valueNode in
            let all = try valueNode.mappingPairs("the value '\(id)'")
            let pairs = all.filter { $0.key != "asPublished" }
            guard pairs.count == 1, let (kind, kindNode, body) = pairs.first else {
                throw valueNode.error("expected the value '\(id)' as {kind: data} with one kind, e.g. {date: 2019-09-15}, and optionally asPublished")
            }
            let asPublished = try all.first { $0.key == "asPublished" }.map { try decodeAsPublished($0.value) }
            return ModelValue(id: id, data: try decodeValueData(kind: kind, kindNode: kindNode, body),
                              asPublished: asPublished, location: valueNode.location)
        }
    }

    /// `asPublished: {note: …, expected: …}`: the value is kept as the official text has it.
    private static func decodeAsPublished(_ node: YAMLNode) throws -> AsPublished {
        let f = try node.fields("the asPublished note", allowed: ["note", "expected"])
        guard let note = f["note"] else { throw node.error("expected asPublished as {note: why the published value is kept, expected?: …}") }
        return AsPublished(expected: try f["expected"]?.string("the expected value"), note: try note.string("the note"))
    }

    static func decodeValueData(kind: String, kindNode: YAMLNode, _ body: YAMLNode) throws -> ValueData {
        switch kind {
        case "date":
            let text = try body.string("a date (YYYY-MM-DD or YYYY-MM)")
            guard let date = PartialDate(iso: text) else {
                throw body.error("expected a date as YYYY-MM-DD or YYYY-MM, found '\(text)'")
            }
            return .date(date)
        case "dateRange":
            let (start, end) = try decodeRange(body)
            return .dateRange(start, end)
        case "year": return .year(try body.int("a year"))
        case "number": return .number(try body.int("a number"))
        case "decimal":
            let text = try body.string("a decimal number such as 0.7")
            guard DecimalText(text) != nil else { throw body.error("expected a decimal number such as 0.7, found '\(text)'") }
            return .decimal(text)
        case "ordinal":
            let n = try body.int("an ordinal")
            guard n > 0 else { throw body.error("expected an ordinal of 1 or more, found \(n)") }
            return .ordinal(n)
        case "symbol": return .symbol(try body.string("a document symbol"))
        case "symbols": return .symbols(try body.strings("document symbols"))
        case "decision": return .decision(try body.string("a decision number such as 14/34"))
        case "recommendation": return .recommendation(try body.string("a recommendation number such as 23/1"))
        case "article": return .article(try body.string("an article reference such as 8(j)"))
        case "url":
            let url = try body.string("a URL")
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw body.error("expected a URL starting with https:// or http://, found '\(url)'")
            }
            return .url(url)
        case "place": return .place(try decodePlace(body))
        case "states": return .states(try body.strings("ISO 3166 codes of States"))
        case "organizations": return .organizations(try body.strings("organization ids"))
        case "annexes": return .annexes(try body.sequence("annex numbers").map { try $0.int("an annex number") })
        case "section": return .section(try body.string("a section id"))
        default:
            throw kindNode.error("unknown value kind '\(kind)'; expected one of: "
                + ValueKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    static func decodePlace(_ node: YAMLNode) throws -> Place {
        let f = try node.fields("a place", allowed: ["city", "region", "country"])
        guard let city = f["city"] else { throw node.error("expected a place as {city, region?, country?}") }
        return Place(city: try city.string("a city key"), region: try f["region"]?.string("a region key"),
                     country: try f["country"]?.string("an ISO 3166 country code"))
    }

    static func decodeRange(_ node: YAMLNode) throws -> (CivilDate, CivilDate) {
        let text = try node.string("a date range (YYYY-MM-DD/YYYY-MM-DD)")
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = CivilDate(iso: String(parts[0])), let end = CivilDate(iso: String(parts[1])) else {
            throw node.error("expected a date range as YYYY-MM-DD/YYYY-MM-DD, found '\(text)'")
        }
        guard start <= end else { throw node.error("the date range '\(text)' ends before it starts") }
        return (start, end)
    }
}
