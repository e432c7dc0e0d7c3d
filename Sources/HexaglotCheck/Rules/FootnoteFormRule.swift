import HexaglotModel
import HexaglotTree

/// Footnote marks are written in the form the language's locale says
/// (`footnoteMarkerForm` in `Locales/<lang>/locale.yaml`): "(3)" in UN Arabic, a
/// bare "3" elsewhere. Only marks a reader saw written out are checked (HTML,
/// DOCX); the text layout and Markdown do not show a form. One finding per
/// version, at its first mark of another form, with how many there are.
public struct FootnoteFormRule: CheckRule {
    public let id = "footnotes.form"
    public let severity = Finding.Severity.warning
    public let summary = "footnote marks are written in the form the language's locale says (\"(3)\" in Arabic)"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions where !version.language.isEmpty {
            guard let expected = context.knowledge.languages[version.language]?.footnoteMarkerForm else { continue }
            var first: (node: AlignedNode, offset: Int, ref: FootnoteRef, form: FootnoteMarkerForm)?
            var count = 0
            for node in version.nodes {
                var offset = 0
                for inline in node.content {
                    guard case .footnoteRef(let ref) = inline else {
                        offset += [inline].plainText.unicodeScalars.count
                        continue
                    }
                    guard let written = ref.writtenForm, written != expected else { continue }
                    count += 1
                    if first == nil { first = (node, offset, ref, written) }
                }
            }
            guard let first else { continue }
            var side = context.side(version, first.node, at: first.offset)
            if let location = first.ref.location, location.part == nil { side.line = location.line; side.column = location.column }
            let others = count > 1 ? " (\(count) marks of this version are)" : ""
            findings.append(Finding(
                rule: id, severity: severity,
                message: "footnote \(first.ref.number) is marked \"\(first.form.mark(first.ref.number))\"\(others); "
                    + "\(version.language) marks it \"\(expected.mark(first.ref.number))\"",
                node: first.node.name, key: first.node.key, sides: [side]))
        }
        return findings
    }
}
