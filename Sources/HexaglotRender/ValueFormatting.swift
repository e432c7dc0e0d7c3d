import HexaglotICU
import HexaglotModel
import HexaglotTree

extension RenderSession {
    /// Writes one model value in this language. ICU does the dates, numbers,
    /// lists and sorting; the locale adds its house style; the terminology
    /// gives the names. Problems are logged and give nil.
    func format(_ data: ValueData, kind: ValueKind, modifiers: [String], id: String?, at location: SourceLocation) -> Value? {
        do {
            guard let (text, canonical) = try formatted(data, modifiers: modifiers, at: location) else { return nil }
            return Value(kind: kind, text: text, canonical: canonical, id: id)
        } catch {
            log.report(.icu, at: location, "cannot format the \(kind.rawValue) value: \(error)")
            return nil
        }
    }

    private func formatted(_ data: ValueData, modifiers: [String], at location: SourceLocation) throws -> (String, String)? {
        func noModifiers() -> Bool {
            guard modifiers.isEmpty else {
                log.report(.unknownModifier, at: location, "a \(data.kind.rawValue) value takes no modifier, found '\(modifiers.joined(separator: "|"))'")
                return false
            }
            return true
        }
        switch data {
        case .date(let date):
            var style: DateStyle = switch date {
            case .day: locale.dates.day
            case .month: locale.dates.month
            case .year: locale.dates.year
            }
            if let name = modifiers.first {
                guard modifiers.count == 1, let named = locale.dates.named[name] else {
                    log.report(.unknownModifier, at: location, "unknown date style '\(modifiers.joined(separator: "|"))'; \(locale.file) names: \(locale.dates.named.keys.sorted().joined(separator: ", "))")
                    return nil
                }
                style = named
            }
            return (try dates.format(date.representativeDay, style), date.description)
        case .dateRange(let start, let end):
            guard noModifiers() else { return nil }
            return (try dates.format(from: start, to: end, locale.dates.range), "\(start.iso)/\(end.iso)")
        case .year(let year):
            guard noModifiers() else { return nil }
            return (try dates.format(CivilDate(year: year, month: 1, day: 1)!, locale.dates.year), "\(year)")
        case .number(let n):
            guard let style = namedStyle(locale.numbers, modifiers, what: "number", at: location) else { return nil }
            return (try numbers.format(n, as: style), "\(n)")
        case .decimal(let text):
            guard let decimal = DecimalText(text), let style = namedStyle(locale.numbers, modifiers, what: "number", at: location) else { return nil }
            guard case .decimal(let grouping, let digits) = style else {
                log.report(.unknownModifier, at: location, "a decimal number is written in digits; '\(modifiers.first ?? "default")' is not a digit style")
                return nil
            }
            return (try NumberFormat(locale: NumberStyleFormatter.locale(locale.icu, digits: digits), grouping: grouping)
                .format(decimal.value, fractionDigits: decimal.fraction.count), text)
        case .ordinal(let n):
            guard let style = namedStyle(locale.ordinals, modifiers, what: "ordinal", at: location) else { return nil }
            return (try numbers.format(n, as: style), "\(n)")
        case .symbol(let s), .decision(let s), .recommendation(let s), .article(let s), .url(let s):
            guard noModifiers() else { return nil }
            return (s, s)
        case .symbols(let symbols):
            guard let list = listStyle(for: .symbols, modifiers, at: location) else { return nil }
            return (try join(symbols, list), symbols.joined(separator: " "))
        case .annexes(let annexes):
            guard let list = listStyle(for: .annexes, modifiers, at: location) else { return nil }
            let names = try annexes.map { try numbers.format($0, as: locale.numbering.annex) }
            return (try join(names, list), annexes.map(String.init).joined(separator: ","))
        case .section(let id):
            guard noModifiers() else { return nil }
            let number = (model.sections.firstIndex { $0.id == id } ?? 0) + 1
            return (try numbers.format(number, as: locale.numbering.sectionReference), "\(number)")
        case .place(let place):
            guard modifiers.count <= 1 else {
                log.report(.unknownModifier, at: location, "a place takes at most one form name")
                return nil
            }
            guard let text = placeText(place, cityForm: modifiers.first ?? "name", at: location) else { return nil }
            return (text, place.description)
        case .states(let codes):
            return try names(codes, table: terminology.states, kind: .states, what: "State", modifiers: modifiers, at: location)
        case .organizations(let ids):
            return try names(ids, table: terminology.organizations, kind: .organizations, what: "organization", modifiers: modifiers, at: location)
        }
    }

    private func namedStyle(_ styles: [String: NumberStyle], _ modifiers: [String], what: String, at location: SourceLocation) -> NumberStyle? {
        guard modifiers.count <= 1 else {
            log.report(.unknownModifier, at: location, "a \(what) takes at most one style name")
            return nil
        }
        let name = modifiers.first ?? "default"
        guard let style = styles[name] else {
            log.report(.unknownModifier, at: location, "unknown \(what) style '\(name)'; \(locale.file) defines: \(styles.keys.sorted().joined(separator: ", "))")
            return nil
        }
        return style
    }

    private func listStyle(for kind: ValueKind, _ modifiers: [String], at location: SourceLocation) -> ListStyle? {
        var name = locale.listDefaults[kind] ?? "and"
        for modifier in modifiers {
            guard locale.lists[modifier] != nil else {
                log.report(.unknownModifier, at: location, "unknown list style '\(modifier)'; \(locale.file) defines: \(locale.lists.keys.sorted().joined(separator: ", "))")
                return nil
            }
            name = modifier
        }
        return locale.lists[name]
    }

    func join(_ items: [String], _ style: ListStyle) throws -> String {
        switch style {
        case .separator(let separator):
            return items.joined(separator: separator)
        case .icu(let kind, let width, let icuLocale):
            let k: ListFormat.Kind = kind == "or" ? .or : kind == "units" ? .units : .and
            let w: ListFormat.Width = width == "short" ? .short : width == "narrow" ? .narrow : .wide
            return try ListFormat(locale: icuLocale ?? locale.icu, kind: k, width: w).format(items)
        }
    }

    /// A list of States or organizations: each in the form asked for (or its
    /// name), sorted by the language's collation unless it keeps the model's
    /// order, joined by the list style asked for (or the kind's default).
    private func names(_ keys: [String], table: [String: TermEntry], kind: ValueKind, what: String,
                       modifiers: [String], at location: SourceLocation) throws -> (String, String)? {
        var form = "name"
        var listName = locale.listDefaults[kind] ?? "and"
        for modifier in modifiers {
            if locale.lists[modifier] != nil {
                listName = modifier
            } else if let names = NameTable(rawValue: kind.rawValue), locale.nameForms[names]?.contains(modifier) == true {
                form = modifier
            } else {
                log.report(.unknownModifier, at: location, "'\(modifier)' is neither a list style nor a form of the \(kind.rawValue) that \(locale.file) declares")
                return nil
            }
        }
        var entries: [(text: String, sortKey: String)] = []
        for key in keys {
            guard let entry = table[key] else {
                log.report(.unknownKey, at: location, "unknown \(what) '\(key)'; add it to the \(kind.rawValue).yaml of \(locale.language)")
                return nil
            }
            guard let written = text(of: entry, in: kind.rawValue, form: form, key: key) else {
                log.report(.unknownModifier, at: location, "\(what) '\(key)' has no form '\(form)'")
                return nil
            }
            entries.append((written, entry.sortAs ?? text(of: entry, in: kind.rawValue, form: "name", key: key) ?? written))
        }
        if case .collation(let collationLocale) = locale.sort {
            entries = try Collation(locale: collationLocale).sorted(entries, by: \.sortKey)
        }
        guard let list = locale.lists[listName] else { return nil }
        return (try join(entries.map(\.text), list), keys.joined(separator: ","))
    }

    /// A place in the locale's pattern: the city in the form asked for, the
    /// region and the country (by ISO code) from places.yaml; a form an entry
    /// lacks is an error, never a fallback to another form.
    private func placeText(_ place: Place, cityForm: String, at location: SourceLocation) -> String? {
        guard declares(cityForm, in: .places, at: location) else { return nil }
        var text = ""
        for piece in locale.place.pieces {
            let part: String? = switch piece.part {
            case .city: place.city
            case .region: place.region
            case .country: place.country
            }
            guard let key = part else { continue }
            let form = piece.part == .city ? cityForm : "name"
            guard let entry = terminology.places[key] else {
                log.report(.unknownKey, at: location, "unknown place '\(key)' (the \(piece.part.rawValue)); add it to places.yaml of \(locale.language)")
                return nil
            }
            guard let written = self.text(of: entry, in: "places", form: form, key: key) else {
                log.report(.unknownModifier, at: location, "place '\(key)' has no form '\(form)'")
                return nil
            }
            text += piece.before + written + piece.after
        }
        return text
    }

    /// Whether the locale declares `form` for the entries of `table` (`forms:` in locale.yaml).
    private func declares(_ form: String, in table: NameTable, at location: SourceLocation) -> Bool {
        let declared = locale.nameForms[table] ?? ["name"]
        guard declared.contains(form) else {
            log.report(.unknownModifier, at: location,
                       "'\(form)' is not a form of the \(table.rawValue) of \(locale.language); \(locale.file) declares: \(declared.joined(separator: ", "))")
            return false
        }
        return true
    }
}
