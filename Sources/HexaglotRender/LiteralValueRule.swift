import HexaglotICU
import HexaglotModel
import HexaglotTree

/// Prose may not spell a fact itself: digits (in any script), URLs, document
/// symbols and month names belong in the model and reach the prose through
/// typed placeholders. Official names in the terminology follow the same rule.
struct LiteralValueRule {
    let icuLocale: String

    func check(_ template: DocumentTemplate) -> [Diagnostic] {
        template.allProse.flatMap(check)
    }

    func check(_ pack: LanguagePack) -> [Diagnostic] {
        let t = pack.terminology
        let entries = [t.terms, t.states, t.organizations, t.places].flatMap { $0.sorted { $0.key < $1.key }.map(\.value) }
        var proses = entries.flatMap { $0.forms.sorted { $0.key < $1.key }.flatMap(\.value) }
        let m = pack.locale.masthead
        proses += [m.session, m.venue, m.agendaItem]
        proses += pack.locale.authorLines.sorted { $0.key < $1.key }.flatMap { $0.value.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value) }
        return proses.flatMap(check)
    }

    func check(_ located: LocatedProse) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (offset, text) in Self.textRuns(located.prose.source) {
            for (at, what) in literals(in: text) {
                findings.append(Diagnostic(.literalValue, at: located.location(ofOffset: offset + at),
                                           "literal \(what) in prose; cite it from the model with a typed placeholder"))
            }
        }
        return findings
    }

    /// The literal text between placeholders, with its scalar offset in the source.
    static func textRuns(_ source: String) -> [(Int, [Unicode.Scalar])] {
        let scalars = source.scalarArray
        var runs: [(Int, [Unicode.Scalar])] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        var i = 0
        func flush(next: Int) {
            if !current.isEmpty { runs.append((start, current)) }
            current = []
            start = next
        }
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" { current.append("{"); i += 2; continue }
            if scalars[i] == "{" {
                flush(next: i)
                let close = scalars[i...].firstIndex(of: "}") ?? scalars.count - 1
                i = close + 1
                start = i
                continue
            }
            if current.isEmpty { start = i }
            current.append(scalars[i])
            i += 1
        }
        flush(next: i)
        return runs
    }

    /// Offsets (within `text`) and kinds of the literal facts found.
    func literals(in text: [Unicode.Scalar]) -> [(Int, String)] {
        spans(in: text).map { ($0.range.lowerBound, $0.what) }
    }

    /// The literal facts found: where each is (within `text`) and what it is.
    func spans(in text: [Unicode.Scalar]) -> [(range: Range<Int>, what: String)] {
        var found: [(Range<Int>, String)] = []
        let string = String(scalars: text)
        var i = 0
        while i < text.count {
            if text[i].properties.numericType == .decimal {
                let start = i
                while i < text.count, text[i].properties.numericType == .decimal { i += 1 }
                found.append((start..<i, "number '\(String(scalars: text[start..<i]))'"))
                continue
            }
            i += 1
        }
        /// To the next space: a URL or a symbol is one word.
        func wordEnd(from start: Int) -> Int {
            var end = start
            while end < text.count, !text[end].properties.isWhitespace { end += 1 }
            return end
        }
        var urlStarts = Set<Int>()
        for marker in ["https://", "http://", "www."] {
            for range in string.unicodeScalars.ranges(of: marker.unicodeScalars) {
                let start = string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: range.lowerBound)
                // "www." right after "https://" is the same URL.
                if marker == "www.", urlStarts.contains(start - 8) || urlStarts.contains(start - 7) { continue }
                urlStarts.insert(start)
                found.append((start..<wordEnd(from: start), "URL"))
            }
        }
        // A document symbol: capitals, a slash, capitals or digits ("CBD/SBI").
        for j in text.indices.dropFirst().dropLast() where text[j] == "/"
            && text[j - 1].properties.isUppercase && (text[j + 1].properties.isUppercase || text[j + 1].properties.numericType == .decimal) {
            var k = j - 1
            while k > 0, text[k - 1].properties.isUppercase { k -= 1 }
            found.append((k..<wordEnd(from: j), "document symbol"))
        }
        for name in monthNames() {
            for range in string.unicodeScalars.ranges(of: name.unicodeScalars) {
                let lower = string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: range.lowerBound)
                let upper = lower + name.unicodeScalars.count
                let before = lower > 0 ? text[lower - 1] : " "
                let after = upper < text.count ? text[upper] : " "
                if !before.properties.isAlphabetic, !after.properties.isAlphabetic {
                    found.append((lower..<upper, "month name '\(name)'"))
                }
            }
        }
        return found.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    private static func run(_ text: [Unicode.Scalar], from i: Int, while predicate: (Unicode.Scalar) -> Bool) -> String {
        String(scalars: text[i...].prefix(while: predicate))
    }

    /// The locale's month names from ICU (format and stand-alone), those of
    /// four letters or more, so that words such as English "May" are not caught.
    private func monthNames() -> [String] {
        var names = Set<String>()
        for month in 1...12 {
            let day = CivilDate(year: 2000, month: month, day: 1)!
            for pattern in ["MMMM", "LLLL"] {
                if let name = try? DateFormat.pattern(pattern, locale: icuLocale).format(day),
                   name.unicodeScalars.count >= 4, name.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
                    names.insert(name)
                }
            }
        }
        return names.sorted()
    }
}
