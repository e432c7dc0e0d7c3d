import HexaglotModel
import HexaglotTree

/// What each placeholder of a template stands for in one language, as plain text: what a
/// translator's tool shows in place of `{dateRange:meeting}` ("24–29 February 2020"). Values and
/// terms are rendered as the renderer renders them; a footnote shows its number in the document.
public struct PlaceholderDisplay {
    private let session: RenderSession
    private let footnoteNumbers: [String: Int]
    private let location: SourceLocation

    public init(model: NoteModel, pack: LanguagePack, template: DocumentTemplate) {
        let (document, _) = Renderer(model: model, pack: pack, template: template).renderCollectingDiagnostics()
        session = RenderSession(model: model, pack: pack)
        location = template.location
        footnoteNumbers = Dictionary(document.footnotes.compactMap { note in note.id.map { ($0, note.number) } },
                                     uniquingKeysWith: { first, _ in first })
    }

    /// The placeholder's text in this language; nil where it cannot be rendered (lint names why).
    public func text(of placeholder: Placeholder) -> String? {
        if case .footnote = placeholder.kind {
            return footnoteNumbers[placeholder.ref].map { "[\($0)]" }
        }
        guard let prose = try? Prose(parsing: placeholder.text) else { return nil }
        let problems = session.log.reports
        let inlines = session.render(LocatedProse(detached: prose, at: location),
                                     .init(values: .model, footnotes: [:], owner: "a placeholder"))
        return session.log.reports == problems ? inlines.plainText : nil
    }
}
