import HexaglotICU
import HexaglotModel
import HexaglotTree

extension RenderSession {
    /// A line in the case the locale declares for it (`case:` in locale.yaml):
    /// ICU upper-cases the text, terms and values in the language's rules;
    /// URLs and footnote markers are left as they are.
    func cased(_ line: CasedLine, _ content: [Inline], at location: SourceLocation) -> [Inline] {
        guard let transform = locale.caseTransforms[line] else { return content }
        do {
            return try apply(transform, to: content)
        } catch {
            log.report(.icu, at: location, "cannot apply the case transform '\(transform.rawValue)' to the \(line.rawValue) line: \(error)")
            return content
        }
    }

    private func apply(_ transform: CaseTransform, to content: [Inline]) throws -> [Inline] {
        func mapped(_ text: String) throws -> String {
            switch transform {
            case .upper: try CaseMapping.upper(text, locale: locale.icu)
            }
        }
        return try content.map { inline in
            switch inline {
            case .text(let text):
                return .text(try mapped(text))
            case .term(var term):
                term.content = try apply(transform, to: term.content)
                return .term(term)
            case .value(var value) where value.kind != .url:
                value.text = try mapped(value.text)
                return .value(value)
            case .value, .footnoteRef:
                return inline
            }
        }
    }
}
