import HexaglotTree

extension LocaleSpec {
    /// Decodes `Locales/<lang>/locale.yaml` with a closed key set.
    public static func decode(yaml text: String, file: String) throws -> LocaleSpec {
        let root = try YAMLNode.parse(text, file: file)
        let keys: Set = ["language", "icu", "direction", "numbering", "footnoteMarker", "footnoteMarkerForm", "dates", "numbers", "ordinals",
                         "lists", "listDefaults", "sort", "place", "forms", "case", "masthead", "authorLines"]
        let f = try root.fields("the locale", allowed: keys)
        func required(_ key: String) throws -> YAMLNode {
            guard let node = f[key] else { throw root.error("missing key '\(key)' in the locale") }
            return node
        }
        let directionNode = try required("direction")
        guard let direction = TextDirection(rawValue: try directionNode.string("the text direction")) else {
            throw directionNode.error("expected direction 'ltr' or 'rtl'")
        }
        let markerNode = try required("footnoteMarker")
        guard let marker = FootnoteMarkerPlacement(rawValue: try markerNode.string("the footnote marker placement")) else {
            throw markerNode.error("expected footnoteMarker 'afterPunctuation' or 'beforePunctuation'")
        }
        let markerForm = try f["footnoteMarkerForm"].map(decodeMarkerForm) ?? .plain
        let numbers = try decodeStyles(try required("numbers"), what: "the number styles")
        let ordinals = try decodeStyles(try required("ordinals"), what: "the ordinal styles")
        let lists = try decodeLists(try required("lists"))
        var spec = LocaleSpec(
            language: try required("language").string("the language code"),
            icu: try required("icu").string("the ICU locale id"),
            direction: direction,
            numbering: try decodeNumbering(try required("numbering")),
            footnoteMarker: marker,
            dates: try decodeDates(try required("dates")),
            numbers: numbers,
            ordinals: ordinals,
            lists: lists,
            listDefaults: try decodeListDefaults(try required("listDefaults"), lists: lists),
            sort: try decodeSort(try required("sort")),
            place: try decodePlace(try required("place")),
            nameForms: try decodeNameForms(try required("forms")),
            caseTransforms: try f["case"].map(decodeCaseTransforms) ?? [:],
            masthead: try decodeMasthead(try required("masthead")),
            authorLines: try decodeAuthorLines(try required("authorLines")),
            file: file)
        spec.footnoteMarkerForm = markerForm
        return spec
    }

    /// "({n})": the number's place and at most `FootnoteMarkerForm.maxAffix` punctuation
    /// characters on each side, so that the readers know the mark when they read it back.
    private static func decodeMarkerForm(_ node: YAMLNode) throws -> FootnoteMarkerForm {
        let text = try node.string("the footnote marker form")
        let pieces = text.components(separatedBy: "{n}")
        let expected = "expected a form such as \"({n})\": '{n}' once, with at most \(FootnoteMarkerForm.maxAffix) punctuation characters on each side"
        guard pieces.count == 2, let form = FootnoteMarkerForm.read(Substring(pieces[0] + "1" + pieces[1]))?.form,
              form.prefix == pieces[0], form.suffix == pieces[1] else {
            throw node.error(expected)
        }
        return form
    }

    private static func decodeNumbering(_ node: YAMLNode) throws -> Numbering {
        let f = try node.fields("the numbering", allowed: ["section", "paragraph", "subItem", "sectionReference", "annex", "divisions"])
        func label(_ key: String) throws -> Label {
            guard let n = f[key] else { throw node.error("missing key '\(key)' in the numbering") }
            let g = try n.fields("the \(key) numbering", allowed: styleFields.union(["prefix", "suffix"]))
            return Label(style: try numberStyle(n, fields: g), prefix: try g["prefix"]?.string("a prefix") ?? "",
                         suffix: try g["suffix"]?.string("a suffix") ?? "")
        }
        func style(_ key: String) throws -> NumberStyle {
            guard let n = f[key] else { throw node.error("missing key '\(key)' in the numbering") }
            return try numberStyle(n, fields: try n.fields("the \(key) style", allowed: styleFields))
        }
        var divisions: [String: LabelPattern] = [:]
        for (name, _, value) in try f["divisions"]?.mappingPairs("the division label patterns") ?? [] {
            divisions[name] = try value.labelPattern("the label pattern '\(name)'")
        }
        return Numbering(section: try label("section"), paragraph: try label("paragraph"), subItem: try label("subItem"),
                         sectionReference: try style("sectionReference"), annex: try style("annex"), divisions: divisions)
    }

    private static func decodeStyles(_ node: YAMLNode, what: String) throws -> [String: NumberStyle] {
        var result: [String: NumberStyle] = [:]
        for (name, _, value) in try node.mappingPairs(what) {
            result[name] = try numberStyle(value, fields: try value.fields("the style '\(name)'", allowed: styleFields))
        }
        guard result["default"] != nil else { throw node.error("\(what) need a 'default' style") }
        return result
    }

    private static let styleFields: Set = ["style", "ruleSet", "letters", "words", "capitalized", "grouping", "digits", "replace"]
    private static let styleNames = "decimal, spellout, digits-ordinal, roman, letters or words"

    static let latinLetters = "abcdefghijklmnopqrstuvwxyz".map(String.init)

    private static func numberStyle(_ node: YAMLNode, fields f: [String: YAMLNode]) throws -> NumberStyle {
        guard let styleNode = f["style"] else { throw node.error("missing key 'style' (\(styleNames))") }
        let styleName = try styleNode.string("a number style")
        if let replace = f["replace"], styleName != "digits-ordinal" {
            throw replace.error("'replace' belongs to a digits-ordinal style, not to '\(styleName)'")
        }
        let capitalized = try f["capitalized"].map { try $0.string("true or false") == "true" } ?? false
        switch styleName {
        case "decimal":
            return .decimal(grouping: try f["grouping"].map { try $0.string("true or false") == "true" } ?? true,
                            digits: try f["digits"]?.string("an ICU numbering system such as arab"))
        case "spellout": return .spellOut(ruleSet: try f["ruleSet"]?.string("an ICU rule set name"), capitalized: capitalized)
        case "digits-ordinal":
            return .digitsOrdinal(ruleSet: try f["ruleSet"]?.string("an ICU ordinal rule set name"),
                                  replacements: try f["replace"].map(decodeReplacements) ?? [])
        case "roman": return .roman
        case "letters":
            guard let letters = f["letters"] else { return .letters(latinLetters) }
            return .letters(try letters.strings("the letters"))
        case "words":
            guard let words = f["words"] else { throw node.error("style 'words' needs a 'words' list") }
            return .words(try words.strings("the words"))
        case let other:
            throw styleNode.error("unknown number style '\(other)'; expected \(styleNames)")
        }
    }

    private static func decodeDates(_ node: YAMLNode) throws -> DateStyles {
        let f = try node.fields("the date styles", allowed: ["day", "month", "year", "range", "named"])
        func style(_ key: String, in f: [String: YAMLNode] = f) throws -> DateStyle {
            guard let n = f[key] else { throw node.error("missing key '\(key)' in the date styles") }
            let g = try n.fields("the \(key) date style", allowed: ["skeleton", "pattern", "icu", "dualMonths", "replace"])
            let source: DateStyle.Source
            switch (g["skeleton"], g["pattern"]) {
            case (let s?, nil): source = .skeleton(try s.string("an ICU skeleton"))
            case (nil, let p?): source = .pattern(try p.string("an ICU pattern"))
            default: throw n.error("expected exactly one of 'skeleton' or 'pattern' in the \(key) date style")
            }
            let dual = try g["dualMonths"].map { d -> DateStyle.DualMonths in
                let h = try d.fields("the dual month names", allowed: ["first", "second"])
                guard let first = h["first"], let second = h["second"] else {
                    throw d.error("expected dualMonths as {first: ICU locale, second: ICU locale}")
                }
                return .init(first: try first.string("an ICU locale"), second: try second.string("an ICU locale"))
            }
            let replacements = try g["replace"].map(decodeReplacements) ?? []
            return DateStyle(source: source, icu: try g["icu"]?.string("an ICU locale"), dualMonths: dual, replacements: replacements)
        }
        var named: [String: DateStyle] = [:]
        if let table = f["named"] {
            let entries = Dictionary(try table.mappingPairs("the named date styles").map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            for name in entries.keys { named[name] = try style(name, in: entries) }
        }
        return DateStyles(day: try style("day"), month: try style("month"), year: try style("year"), range: try style("range"), named: named)
    }

    private static func decodeReplacements(_ node: YAMLNode) throws -> [Replacement] {
        try node.sequence("the replacements").map { r -> Replacement in
            let pair = try r.strings("a replacement [from, to]")
            guard pair.count == 2, !pair[0].isEmpty else { throw r.error("expected a replacement as [from, to]") }
            return Replacement(from: pair[0], to: pair[1])
        }
    }

    private static func decodeLists(_ node: YAMLNode) throws -> [String: ListStyle] {
        var result: [String: ListStyle] = [:]
        for (name, _, value) in try node.mappingPairs("the list styles") {
            let g = try value.fields("the list style '\(name)'", allowed: ["icu", "width", "locale", "separator"])
            switch (g["icu"], g["separator"]) {
            case (let kind?, nil):
                let k = try kind.string("an ICU list kind")
                guard ["and", "or", "units"].contains(k) else { throw kind.error("expected an ICU list kind: and, or or units") }
                let width = try g["width"]?.string("a list width") ?? "wide"
                guard ["wide", "short", "narrow"].contains(width) else { throw g["width"]!.error("expected a list width: wide, short or narrow") }
                result[name] = .icu(kind: k, width: width, locale: try g["locale"]?.string("an ICU locale"))
            case (nil, let separator?):
                result[name] = .separator(try separator.string("a separator"))
            default:
                throw value.error("expected the list style '\(name)' as {icu: and|or|units} or {separator: …}")
            }
        }
        guard result["and"] != nil else { throw node.error("the list styles need an 'and' style") }
        return result
    }

    private static func decodeListDefaults(_ node: YAMLNode, lists: [String: ListStyle]) throws -> [ValueKind: String] {
        var result: [ValueKind: String] = [:]
        let listKinds: [ValueKind] = [.states, .organizations, .symbols, .annexes]
        for (key, keyNode, value) in try node.mappingPairs("the list defaults") {
            guard let kind = ValueKind(rawValue: key), listKinds.contains(kind) else {
                throw keyNode.error("unknown list kind '\(key)'; expected one of: states, organizations, symbols, annexes")
            }
            let style = try value.string("a list style name")
            guard lists[style] != nil else { throw value.error("unknown list style '\(style)'; the locale defines: \(lists.keys.sorted().joined(separator: ", "))") }
            result[kind] = style
        }
        for kind in listKinds where result[kind] == nil {
            throw node.error("missing key '\(kind.rawValue)' in the list defaults")
        }
        return result
    }

    private static func decodeSort(_ node: YAMLNode) throws -> SortRule {
        if case .scalar = node.node {
            let name = try node.string("a sort rule")
            guard name == "model" else { throw node.error("expected sort 'model' or {collation: ICU locale}") }
            return .model
        }
        let f = try node.fields("the sort rule", allowed: ["collation"])
        guard let locale = f["collation"] else { throw node.error("expected sort 'model' or {collation: ICU locale}") }
        return .collation(try locale.string("an ICU locale"))
    }

    /// `place: ["{city}", ", {region}", " ({country})"]`: each piece holds one part.
    private static func decodePlace(_ node: YAMLNode) throws -> PlacePattern {
        var pieces: [PlacePattern.Piece] = []
        for pieceNode in try node.sequence("the place pattern (pieces such as \"{city}\", \", {country}\")") {
            let text = try pieceNode.string("a piece of the place pattern")
            let found = PlacePattern.Part.allCases.compactMap { part in text.firstRange(of: "{\(part.rawValue)}").map { (part, $0) } }
            guard found.count == 1, let (part, range) = found.first,
                  !text[range.upperBound...].contains("{"), !text[..<range.lowerBound].contains("{") else {
                throw pieceNode.error("expected a piece holding exactly one of {city}, {region}, {country}, found '\(text)'")
            }
            guard !pieces.contains(where: { $0.part == part }) else {
                throw pieceNode.error("the place pattern names {\(part.rawValue)} twice")
            }
            pieces.append(.init(part: part, before: String(text[..<range.lowerBound]), after: String(text[range.upperBound...])))
        }
        guard pieces.contains(where: { $0.part == .city }) else { throw node.error("the place pattern needs a piece with {city}") }
        return PlacePattern(pieces: pieces)
    }

    /// `forms: {states: [name, genitive], organizations: [name], places: [name]}`.
    private static func decodeNameForms(_ node: YAMLNode) throws -> [NameTable: [String]] {
        var result: [NameTable: [String]] = [:]
        for (key, keyNode, value) in try node.mappingPairs("the name forms") {
            guard let table = NameTable(rawValue: key) else {
                throw keyNode.error("unknown names table '\(key)'; expected one of: \(NameTable.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let forms = try value.strings("the forms of the \(key) entries")
            guard forms.contains("name") else { throw value.error("the forms of the \(key) entries must include 'name'") }
            result[table] = forms
        }
        for table in NameTable.allCases where result[table] == nil {
            throw node.error("missing key '\(table.rawValue)' in the name forms")
        }
        return result
    }

    /// `case: {masthead.body: upper, sections: upper}`.
    private static func decodeCaseTransforms(_ node: YAMLNode) throws -> [CasedLine: CaseTransform] {
        var result: [CasedLine: CaseTransform] = [:]
        for (key, keyNode, value) in try node.mappingPairs("the case transforms") {
            guard let line = CasedLine(rawValue: key) else {
                throw keyNode.error("unknown line '\(key)'; expected one of: \(CasedLine.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let name = try value.string("a case transform")
            guard let transform = CaseTransform(rawValue: name) else {
                throw value.error("unknown case transform '\(name)'; expected: \(CaseTransform.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result[line] = transform
        }
        return result
    }

    private static func decodeMasthead(_ node: YAMLNode) throws -> MastheadPatterns {
        let f = try node.fields("the masthead", allowed: ["bodyForm", "session", "venue", "agendaItem"])
        func prose(_ key: String) throws -> LocatedProse {
            guard let n = f[key] else { throw node.error("missing key '\(key)' in the masthead") }
            return try n.prose("the masthead's \(key) line")
        }
        return MastheadPatterns(bodyForm: try f["bodyForm"]?.string("a term form") ?? "name",
                                session: try prose("session"), venue: try prose("venue"), agendaItem: try prose("agendaItem"))
    }

    private static func decodeAuthorLines(_ node: YAMLNode) throws -> [String: [NoteModel.Gender: LocatedProse]] {
        var result: [String: [NoteModel.Gender: LocatedProse]] = [:]
        for (role, _, value) in try node.mappingPairs("the author lines") {
            var byGender: [NoteModel.Gender: LocatedProse] = [:]
            for (name, keyNode, line) in try value.mappingPairs("the author lines of '\(role)'") {
                guard let gender = NoteModel.Gender(rawValue: name) else {
                    throw keyNode.error("unknown gender '\(name)'; expected feminine or masculine")
                }
                byGender[gender] = try line.prose("an author line")
            }
            for gender in NoteModel.Gender.allCases where byGender[gender] == nil {
                throw value.error("missing the \(gender.rawValue) author line of '\(role)'")
            }
            result[role] = byGender
        }
        return result
    }
}
