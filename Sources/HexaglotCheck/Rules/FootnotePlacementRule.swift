import HexaglotModel
import HexaglotTree

/// Footnote markers stand on the side of punctuation the language's locale
/// says (`footnoteMarker` in `Locales/<lang>/locale.yaml`): after it
/// ("framework.¹") or before it ("cadre¹."). A language without a locale is
/// not checked.
public struct FootnotePlacementRule: CheckRule {
    public let id = "footnotes.placement"
    public let severity = Finding.Severity.warning
    public let summary = "footnote markers stand before or after punctuation as the language's locale says"
    public init() {}

    static let punctuation: Set<Character> = [".", ",", ";", ":", "。", "，", "；", "：", "、", "؛", "،"]

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions where !version.language.isEmpty {
            guard let placement = context.knowledge.languages[version.language]?.footnoteMarker else { continue }
            let before = placement == .beforePunctuation
            for node in version.nodes {
                let content = node.content
                for reference in node.footnoteReferences {
                    let (i, ref) = (reference.index, reference.ref)
                    let previous = i > 0 ? [content[i - 1]].plainText.last : nil
                    let next = i + 1 < content.count ? [content[i + 1]].plainText.first : nil
                    let message: String
                    if before, let p = previous, Self.punctuation.contains(p) {
                        message = "footnote \(ref.number) stands after '\(p)'; \(version.language) puts the marker before punctuation"
                    } else if !before, let n = next, Self.punctuation.contains(n) {
                        message = "footnote \(ref.number) stands before '\(n)'; \(version.language) puts the marker after punctuation"
                    } else {
                        continue
                    }
                    findings.append(Finding(rule: id, severity: severity, message: message, node: node.name, key: node.key,
                                            sides: [context.side(version, node, reference: reference)]))
                }
            }
        }
        return findings
    }
}
