import HexaglotModel
import HexaglotRender
import HexaglotTree

/// Each version's text as template prose: the typed facts as their
/// placeholders, footnote markers as `{footnote:…}`, the language's terms as
/// `{term:…}` where written as `terms.yaml` has them, and every other literal
/// fact that lint would report as `{verbatim:…}`, so that what is left as
/// written is marked as such.
extension ImportBuilder {
    mutating func writeProse() {
        for v in versions.indices {
            let probe = languageProbes[v]
            let wordings = probe.termWordings()
            for (node, nodeParts) in parts[v].enumerated() {
                let nodeReplacements = (replacements[v][node] ?? []).sorted { $0.range.lowerBound < $1.range.lowerBound }
                for part in nodeParts {
                    // Spaces at either end are layout (the text format's before a footnote body), not prose.
                    prose[v][part.slot] = proseSource(part.content, start: part.start, replacements: nodeReplacements,
                                                      probe: probe, wordings: wordings).trimmingWhitespace
                }
            }
        }
    }

    private mutating func proseSource(_ content: [Inline], start: Int, replacements: [(range: Range<Int>, placeholder: String)],
                                      probe: LanguageProbe, wordings: [(key: String, form: String, wording: [Unicode.Scalar])]) -> String {
        var out = ""
        var run: [Unicode.Scalar] = []
        var offset = start
        var pending = replacements.filter { $0.range.lowerBound >= start }[...]
        var skipUntil = -1
        func flush() {
            out += literal(run, probe: probe, wordings: wordings)
            run = []
        }
        for inline in content {
            switch inline {
            case .footnoteRef(let ref):
                flush()
                out += "{footnote:\(Self.footnoteId(ref.number))}"
            default:
                for scalar in [inline].plainText.unicodeScalars {
                    defer { offset += 1 }
                    if offset < skipUntil { continue }
                    while let next = pending.first, next.range.lowerBound < offset { pending.removeFirst() }  // overlapped: dropped
                    if let next = pending.first, next.range.lowerBound == offset {
                        flush()
                        out += next.placeholder
                        skipUntil = next.range.upperBound
                        pending.removeFirst()
                        continue
                    }
                    run.append(scalar)
                }
            }
        }
        flush()
        return out
    }

    /// Literal text: terms and literal facts marked, braces doubled.
    private mutating func literal(_ text: [Unicode.Scalar], probe: LanguageProbe,
                                  wordings: [(key: String, form: String, wording: [Unicode.Scalar])]) -> String {
        guard !text.isEmpty else { return "" }
        var marks: [(range: Range<Int>, source: String)] = []
        var covered = [Bool](repeating: false, count: text.count)
        func free(_ range: Range<Int>) -> Bool { !range.contains { covered[$0] } }
        for (key, form, wording) in wordings {
            for at in LanguageProbe.occurrences(of: wording, in: text) where free(at..<(at + wording.count)) {
                let range = at..<(at + wording.count)
                for i in range { covered[i] = true }
                marks.append((range, "{term:\(key)\(form == "name" ? "" : "|" + form)}"))
                statistics.terms += 1
            }
        }
        for range in probe.literalSpans(in: text) where free(range) {
            let written = String(String.UnicodeScalarView(text[range]))
            guard !written.unicodeScalars.contains(where: { "{}|".unicodeScalars.contains($0) }) else { continue }
            for i in range { covered[i] = true }
            marks.append((range, "{verbatim:\(written)}"))
            statistics.verbatim += 1
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var i = 0
        for mark in marks {
            out += Self.escaped(text[i..<mark.range.lowerBound])
            out += mark.source
            i = mark.range.upperBound
        }
        return out + Self.escaped(text[i...])
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
