import Foundation
import HexaglotModel
import HexaglotTree

/// Lint rules on a language's names: every entry of terms, States,
/// organizations and places says where its wording comes from (`source`, or
/// the file's `source`); every State, organization and place has the forms
/// the locale declares for its table (`forms:`); and no template spells out a
/// term the locale has, where `{term:…}` belongs.
struct TerminologyRules {
    let pack: LanguagePack

    func check() -> [Diagnostic] {
        let t = pack.terminology
        let tables: [(String, [String: TermEntry], NameTable?)] = [
            ("terms", t.terms, nil), ("states", t.states, .states),
            ("organizations", t.organizations, .organizations), ("places", t.places, .places),
        ]
        var findings: [Diagnostic] = []
        for (file, table, names) in tables {
            for (key, entry) in table.sorted(by: { $0.key < $1.key }) {
                if entry.source == nil {
                    findings.append(Diagnostic(.missingSource, at: entry.location,
                        "'\(key)' in \(file).yaml names no source; add `source:` to it (or a `source:` for the whole file)"))
                }
                guard let names else { continue }
                for form in pack.locale.nameForms[names] ?? [] where entry.forms[form] == nil {
                    findings.append(Diagnostic(.missingForm, at: entry.location,
                        "'\(key)' in \(file).yaml has no '\(form)' form, which \(pack.locale.file) declares for every entry"))
                }
            }
        }
        return findings
    }

    /// A term's wording written out in a template's prose.
    func check(_ template: DocumentTemplate) -> [Diagnostic] {
        let wordings = spelledForms()
        let proses = template.allProse
        var findings: [Diagnostic] = []
        for located in proses {
            for (offset, run) in LiteralValueRule.textRuns(located.prose.source) {
                var covered = IndexSet()
                for (key, form, wording) in wordings {
                    for at in Self.occurrences(of: wording, in: run) where !covered.intersects(integersIn: at..<(at + wording.count)) {
                        covered.insert(integersIn: at..<(at + wording.count))
                        findings.append(Diagnostic(.spelledOutTerm, at: located.location(ofOffset: offset + at),
                            "'\(String(scalars: wording))' spelled out in prose; write {term:\(key)\(form == "name" ? "" : "|" + form)}"))
                    }
                }
            }
        }
        return findings
    }

    /// The one-line forms of terms that are plain text (no placeholder), longest first
    /// so that a longer term is reported rather than a shorter one inside it.
    func spelledForms() -> [(key: String, form: String, wording: [Unicode.Scalar])] {
        var result: [(String, String, [Unicode.Scalar])] = []
        for (key, entry) in pack.terminology.terms {
            for (form, lines) in entry.forms where lines.count == 1 {
                let segments = lines[0].prose.segments
                guard segments.count == 1, case .text(let text) = segments[0] else { continue }
                result.append((key, form, Array(text.unicodeScalars)))
            }
        }
        return result.sorted { a, b in a.2.count != b.2.count ? a.2.count > b.2.count : (a.0, a.1) < (b.0, b.1) }
    }

    /// Offsets of `wording` in `text` as a whole word: not inside a longer word
    /// (no letter before or after), except for Han, which has no spaces between words.
    static func occurrences(of wording: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard !wording.isEmpty, wording.count <= text.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i + wording.count <= text.count {
            if text[i] == wording[0], Array(text[i..<(i + wording.count)]) == wording {
                let end = i + wording.count
                let startsWord = i == 0 || ScalarClass.isHan(wording[0]) || !text[i - 1].properties.isAlphabetic
                let endsWord = end == text.count || ScalarClass.isHan(wording[wording.count - 1]) || !text[end].properties.isAlphabetic
                if startsWord && endsWord {
                    found.append(i)
                    i = end
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
