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
            var first: (node: AlignedNode, reference: AlignedNode.FootnoteReference, form: FootnoteMarkerForm)?
            var count = 0
            for node in version.nodes {
                for reference in node.footnoteReferences {
                    guard let written = reference.ref.writtenForm, written != expected else { continue }
                    count += 1
                    if first == nil { first = (node, reference, written) }
                }
            }
            guard let first else { continue }
            let number = first.reference.ref.number
            let others = count > 1 ? " (\(count) marks of this version are)" : ""
            findings.append(Finding(
                rule: id, severity: severity,
                message: "footnote \(number) is marked \"\(first.form.mark(number))\"\(others); "
                    + "\(version.language) marks it \"\(expected.mark(number))\"",
                node: first.node.name, key: first.node.key, sides: [context.side(version, first.node, reference: first.reference)]))
        }
        return findings
    }
}
