/// Escaping for Markdown text, so that prose stays prose under CommonMark,
/// GFM and pandoc's extensions alike. Every escape is a backslash before
/// ASCII punctuation, which CommonMark defines for all of it.
enum MarkdownEscaping {
    /// Characters that start or end inline syntax somewhere (emphasis, links,
    /// HTML, headings' closing `#`, tables, pandoc's super/subscript, math,
    /// citations and attributes).
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "$", "!", "&", "^", "@", "{", "}"]

    /// Characters that start a block when they open a line (lists, block
    /// quotes, setext underlines, pandoc's definition lists and title block).
    static let lineStartSpecials: Set<Character> = ["-", "+", "=", ":", "%", "("]

    static func text(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\n" || character == "\r" {
                out.append(" ")  // a line break in a block could start a new block
            } else {
                if inlineSpecials.contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        return out
    }

    /// A numbering label: every ASCII punctuation escaped, so "1.", "(a)",
    /// "I." or "أولاً -" stay literal text, never a list marker.
    static func label(_ label: String) -> String {
        var out = ""
        for character in label {
            if character.isASCII && character.isPunctuationOrSymbol { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Already escaped Markdown that opens a line: leading blanks dropped (four
    /// would make a code block) and a list or block marker at the start escaped.
    static func lineStart(_ markdown: String) -> String {
        var rest = Substring(markdown.drop(while: { $0 == " " || $0 == "\t" }))
        guard let first = rest.first else { return "" }
        if lineStartSpecials.contains(first) { return "\\" + rest }
        // "1." "12)" "a." "iv)": ordered-list markers (pandoc's fancy lists included).
        let marker = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber) })
        if !marker.isEmpty, marker.count <= 9, let next = rest.dropFirst(marker.count).first, next == "." || next == ")" {
            rest.insert("\\", at: rest.index(rest.startIndex, offsetBy: marker.count))
        }
        return String(rest)
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
