import HexaglotCheck
import HexaglotICU
import HexaglotModel
import HexaglotRender
import HexaglotTree

/// Facts to typed values: for each row, each fact that every version of the
/// row states (the same kind and value) becomes one model value, of the type
/// and style that the renderer writes back exactly as each version has it.
extension ImportBuilder {
    mutating func assignValues() {
        for (row, aligned) in context.rows.enumerated() {
            let members = aligned.members.enumerated().compactMap { v, i in i.map { (v, $0) } }
            guard !members.isEmpty else { continue }
            let factsByMember = members.map { v, i in context.facts[v][i] }
            let keySets = factsByMember.map { Set($0.map(Self.agreementKey)) }
            let agreed = keySets.dropFirst().reduce(keySets[0]) { $0.intersection($1) }
            for facts in factsByMember {
                for fact in facts {
                    if agreed.contains(Self.agreementKey(fact)) { statistics.agreeing += 1 } else if !fact.spelled { statistics.disagreeing += 1 }
                }
            }
            // In the order the primary version states them.
            var keys: [String] = []
            for fact in factsByMember[0] where agreed.contains(Self.agreementKey(fact)) && !keys.contains(Self.agreementKey(fact)) {
                keys.append(Self.agreementKey(fact))
            }
            for key in keys {
                let occurrences = zip(members, factsByMember).flatMap { member, facts in
                    facts.filter { Self.agreementKey($0) == key }.map { (v: member.0, node: member.1, fact: $0) }
                }
                var best: (data: ValueData, found: [(Int, Int, Range<Int>, [String])])?
                let first = occurrences[0]
                for data in Self.candidates(first.fact, written: Array(nodeTexts[first.v][first.node][Self.span(of: first.fact, in: nodeTexts[first.v][first.node])])) {
                    var found: [(Int, Int, Range<Int>, [String])] = []
                    for (v, node, fact) in occurrences {
                        let text = nodeTexts[v][node]
                        if let (range, modifiers) = match(data, fact, in: text, probe: languageProbes[v]) { found.append((v, node, range, modifiers)) }
                    }
                    if found.count > (best?.found.count ?? 0) { best = (data, found) }
                    if found.count == occurrences.count { break }
                }
                let typedOccurrences = Set((best?.found ?? []).map { "\($0.0)|\($0.1)|\($0.2.lowerBound)" })
                for (v, node, fact) in occurrences {
                    let span = Self.span(of: fact, in: nodeTexts[v][node])
                    if !typedOccurrences.contains(where: { $0.hasPrefix("\(v)|\(node)|") && span.contains(Int($0.split(separator: "|")[2])!) }) {
                        statistics.untyped.append(UntypedFact(language: versions[v].language, kind: fact.kind.rawValue,
                                                              text: String(String.UnicodeScalarView(nodeTexts[v][node][span]))))
                    }
                }
                guard let best else { continue }
                let valueId = uniqueValueId("\(rowOwners[row]).\(best.data.kind.rawValue)")
                values.append((valueId, best.data))
                for (v, node, range, modifiers) in best.found {
                    let placeholder = "{\(best.data.kind.rawValue):\(valueId)" + modifiers.map { "|" + $0 }.joined() + "}"
                    replacements[v][node, default: []].append((range, placeholder))
                }
                statistics.typed += best.found.count
            }
        }
    }

    private mutating func uniqueValueId(_ base: String) -> String {
        var candidate = base, k = 2
        while valueIds.contains(candidate) { candidate = "\(base)-\(k)"; k += 1 }
        valueIds.insert(candidate)
        return candidate
    }

    /// Facts agree when they are the same number or the same value of one kind:
    /// "2030" as a number and as a year, an ordinal and its number, are one.
    static func agreementKey(_ fact: Fact) -> String {
        switch fact.kind {
        case .number, .ordinal: "n:" + fact.value
        default: fact.kind.rawValue + ":" + fact.value
        }
    }

    /// The typed values a fact could be, the likeliest first.
    /// `written`: the fact as the first version writes it, whose decimals the value keeps ("0.20", not "0.2").
    static func candidates(_ fact: Fact, written: [Unicode.Scalar] = []) -> [ValueData] {
        let value = fact.value
        func numeric(_ text: String) -> [ValueData] {
            if let n = Int(text) {
                return [.number(n)] + ((1000...2999).contains(n) ? [.year(n)] : []) + (n > 0 ? [.ordinal(n)] : [])
            }
            guard let decimal = DecimalText(text) else { return [] }
            if let written = asWritten(decimal), written != text { return [.decimal(written), .decimal(text)] }
            return [.decimal(text)]
        }
        /// The decimal as written, with its trailing zeros, when its digits say the same number.
        func asWritten(_ decimal: DecimalText) -> String? {
            let digits = written.map { $0.properties.numericType == .decimal ? String(ScalarClass.digitValue($0) ?? 0) : ($0 == "." || $0 == "," ? "." : " ") }.joined()
            for word in digits.split(separator: " ") {
                guard let found = DecimalText(String(word)), found.value == decimal.value else { continue }
                return String(word)
            }
            return nil
        }
        switch fact.kind {
        case .url: return value.hasPrefix("https://") || value.hasPrefix("http://") ? [.url(value)] : []
        case .symbol: return [.symbol(value)]
        case .decision: return [.decision(value)]
        case .article: return [.article(value)]
        case .number: return numeric(value)
        case .ordinal: return Int(value).map { n in (n > 0 ? [.ordinal(n)] : []) + [.number(n)] } ?? []
        case .percent: return numeric(value)
        case .amount: return numeric(String(value.split(separator: " ").last ?? ""))
        case .date:
            let parts = value.split(separator: "/").map(String.init)
            if parts.count == 2, let a = CivilDate(iso: parts[0]), let b = CivilDate(iso: parts[1]) { return [.dateRange(a, b)] }
            if let date = PartialDate(iso: value) { return [.date(date)] }
            if let year = Int(value) { return [.year(year), .number(year)] }
            return []
        }
    }

    /// Where in the node's text the renderer writes `data` exactly as the fact has it, and with which
    /// modifiers: the whole fact, or (a percentage, an amount, a year with its word) the part that is the number.
    func match(_ data: ValueData, _ fact: Fact, in nodeText: [Unicode.Scalar], probe: LanguageProbe) -> (Range<Int>, [String])? {
        let span = Self.span(of: fact, in: nodeText)
        let written = Array(nodeText[span])
        var partial: (Range<Int>, [String])?
        for modifiers in probe.modifierChoices(for: data.kind) {
            guard let text = probe.text(of: data, modifiers: modifiers) else { continue }
            let rendered = Array(text.unicodeScalars)
            if rendered == written { return (span, modifiers) }
            // The renderer writes more than the extractor took ("15 сентября 2019 года", "23.ª"): the text goes on so.
            let end = span.lowerBound + rendered.count
            if rendered.count > written.count, end <= nodeText.count, nodeText[span.lowerBound..<end].elementsEqual(rendered),
               end == nodeText.count || !nodeText[end].properties.isAlphabetic || !rendered.last!.properties.isAlphabetic {
                return (span.lowerBound..<end, modifiers)
            }
            if partial == nil, !rendered.isEmpty, let at = Self.firstOccurrence(of: rendered, in: written),
               Self.standsAlone(rendered, at: at, in: written) {
                partial = ((span.lowerBound + at)..<(span.lowerBound + at + rendered.count), modifiers)
            }
        }
        return partial
    }

    /// The fact's span in the node's text as written: its text may leave out what the
    /// extractor ignores (the Arabic tatweel), so the span is counted off the text itself.
    static func span(of fact: Fact, in text: [Unicode.Scalar]) -> Range<Int> {
        let wanted = fact.text.unicodeScalars.filter { $0 != "\u{0640}" }.count
        var end = fact.offset, seen = 0
        while end < text.count, seen < wanted {
            if text[end] != "\u{0640}" { seen += 1 }
            end += 1
        }
        return min(fact.offset, end)..<end
    }

    static func firstOccurrence(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard needle.count <= text.count else { return nil }
        return (0...(text.count - needle.count)).first { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Not a piece of a longer number: no digit (or decimal mark between digits) on either side.
    static func standsAlone(_ needle: [Unicode.Scalar], at: Int, in text: [Unicode.Scalar]) -> Bool {
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < text.count && text[i].properties.numericType != nil }
        let end = at + needle.count
        return !isDigit(at - 1) && !isDigit(end) && !(at >= 2 && isDigit(at - 2) && ",.".unicodeScalars.contains(text[at - 1]))
            && !(end + 1 < text.count && isDigit(end + 1) && ",.".unicodeScalars.contains(text[end]))
    }
}
