import HexaglotModel
import HexaglotTree

/// What the renderer would write in one language, asked one piece at a time:
/// a value in each of its styles, a label by a pattern, the wording of terms,
/// the literal facts of a text. `hexaglot import` keeps a placeholder only
/// where the renderer gives back exactly what the official text has, so that
/// what it writes renders the text it read.
public final class LanguageProbe {
    public let pack: LanguagePack
    private let session: RenderSession
    private let literals: LiteralValueRule

    public init(pack: LanguagePack) {
        self.pack = pack
        session = RenderSession(model: NoteModel(id: "", file: pack.locale.file), pack: pack)
        literals = LiteralValueRule(icuLocale: pack.locale.icu)
    }

    /// The value as a placeholder `{kind:id|modifiers}` would render it; nil where the renderer would report a problem.
    public func text(of data: ValueData, modifiers: [String]) -> String? {
        let before = session.log.reports
        let value = session.format(data, kind: data.kind, modifiers: modifiers, id: nil,
                                   at: SourceLocation(file: pack.locale.file, line: 1, column: 1))
        return session.log.reports == before ? value?.text : nil
    }

    /// The modifier lists a placeholder of this kind may carry, the default first.
    public func modifierChoices(for kind: ValueKind) -> [[String]] {
        let named: [String]
        switch kind {
        case .number, .decimal: named = pack.locale.numbers.keys.filter { $0 != "default" }.sorted()
        case .ordinal: named = pack.locale.ordinals.keys.filter { $0 != "default" }.sorted()
        case .date: named = pack.locale.dates.named.keys.sorted()
        default: named = []
        }
        return [[]] + named.map { [$0] }
    }

    /// The label `pattern` gives `number`; nil where it gives none.
    public func label(_ pattern: LabelPattern, number: [Int]) -> String? {
        try? LabelStyles.label(pattern, number: number, locale: pack.locale, numbers: session.numbers).0
    }

    /// The style names a label pattern may use here, the plainest first, with the number written in each.
    public func labelStyles(for n: Int) -> [(name: String?, text: String)] {
        let names: [String?] = [nil, "roman", "roman-lower", "letters", "letters-upper", "spellout", "section", "paragraph", "subItem"]
            + pack.locale.numbers.keys.sorted().map { $0 } + pack.locale.ordinals.keys.sorted().map { $0 }
        return names.compactMap { name in
            guard let style = LabelStyles.style(named: name, locale: pack.locale),
                  let text = try? LabelStyles.format(n, styleName: name, style: style, session.numbers), !text.isEmpty else { return nil }
            return (name, text)
        }
    }

    /// The one-line plain wordings of the language's terms, longest first (`{term:key|form}`).
    public func termWordings() -> [(key: String, form: String, wording: [Unicode.Scalar])] {
        TerminologyRules(pack: pack).spelledForms()
    }

    /// Offsets of `wording` in `text` as a whole word (as lint finds a term spelled out).
    public static func occurrences(of wording: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        TerminologyRules.occurrences(of: wording, in: text)
    }

    /// The literal facts lint would report in prose: digits, URLs, symbols, month names.
    public func literalSpans(in text: [Unicode.Scalar]) -> [Range<Int>] {
        literals.spans(in: text).map(\.range)
    }
}
