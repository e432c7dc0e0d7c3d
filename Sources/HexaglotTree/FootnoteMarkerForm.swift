/// How a footnote's number is shown where it is cited and before its text:
/// a bare number ("3", superscript) as most UN languages write it, or with
/// characters around it ("(3)", as UN Arabic writes it). The locale says which
/// (`footnoteMarkerForm`); writers of formats that show the mark (HTML, DOCX)
/// use it, and their readers record the form they found on each reference.
public struct FootnoteMarkerForm: Hashable, Sendable {
    public var prefix: String
    public var suffix: String

    public static let plain = FootnoteMarkerForm(prefix: "", suffix: "")
    /// The longest prefix or suffix a reader takes as part of a mark.
    public static let maxAffix = 2

    public init(prefix: String, suffix: String) {
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The mark of footnote `number`: "3", "(3)".
    public func mark(_ number: Int) -> String { prefix + String(number) + suffix }

    /// A mark as written ("3", "(3)", "[12]"): its number and form, or nil when the
    /// text is not one number of 1 to 4 ASCII digits with at most `maxAffix`
    /// punctuation characters on each side.
    public static func read(_ text: Substring) -> (number: Int, form: FootnoteMarkerForm)? {
        let isAffix: (Character) -> Bool = { $0.isPunctuation && !$0.isNumber }
        let prefix = text.prefix(while: isAffix)
        let rest = text.dropFirst(prefix.count)
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        let suffix = rest.dropFirst(digits.count)
        guard prefix.count <= maxAffix, suffix.count <= maxAffix, (1...4).contains(digits.count),
              suffix.allSatisfy(isAffix), let number = Int(digits) else { return nil }
        return (number, FootnoteMarkerForm(prefix: String(prefix), suffix: String(suffix)))
    }
}
