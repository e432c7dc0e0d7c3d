import HexaglotModel
import HexaglotTree

/// Puts each footnote marker on the side of adjacent punctuation that the
/// language's rule (`footnoteMarker` in its locale) asks for: after it
/// ("framework.¹") or before it ("cadre¹."). Templates may write the marker on
/// either side; the output follows the locale.
struct FootnotePlacement {
    let rule: FootnoteMarkerPlacement

    /// Punctuation a marker moves across. Closing brackets and quotes are not
    /// in it: a marker never moves out of a parenthesis it was put in.
    static let punctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "。", "，", "；", "：", "！", "？", "、", "؛", "،", "؟"]
    /// Spaces that French typography puts before high punctuation (" ;", " :").
    static let spacesBeforePunctuation: Set<Character> = ["\u{202F}", "\u{00A0}"]

    func apply(to inlines: [Inline]) -> [Inline] {
        // Most prose cites no footnote: then nothing moves, and the result is the input
        // unless an empty text is to be dropped (no copy of the array).
        if !inlines.contains(where: {
            switch $0 {
            case .footnoteRef: true
            case .text(let t): t.isEmpty
            case .value, .term: false
            }
        }) {
            return inlines
        }
        var result = inlines
        var i = 0
        while i < result.count {
            guard case .footnoteRef = result[i] else { i += 1; continue }
            switch rule {
            case .afterPunctuation:
                // "framework¹." → "framework.¹"
                if i + 1 < result.count, case .text(let next) = result[i + 1], let first = next.first,
                   Self.punctuation.contains(first), i > 0, case .text(let before) = result[i - 1] {
                    result[i - 1] = .text(before + String(first))
                    result[i + 1] = .text(String(next.dropFirst()))
                }
            case .beforePunctuation:
                // "cadre.¹" → "cadre¹."; "Montréal ;¹" → "Montréal¹ ;"
                if i > 0, case .text(let before) = result[i - 1], let last = before.last, Self.punctuation.contains(last) {
                    var cut = before.dropLast()
                    var moved = String(last)
                    if let space = cut.last, Self.spacesBeforePunctuation.contains(space) {
                        cut = cut.dropLast()
                        moved = String(space) + moved
                    }
                    result[i - 1] = .text(String(cut))
                    let after: String = if i + 1 < result.count, case .text(let t) = result[i + 1] { t } else { "" }
                    if i + 1 < result.count, case .text = result[i + 1] {
                        result[i + 1] = .text(moved + after)
                    } else {
                        result.insert(.text(moved), at: i + 1)
                    }
                }
            }
            i += 1
        }
        return result.filter { if case .text(let t) = $0 { !t.isEmpty } else { true } }
    }
}
