import HexaglotTree

/// A small, forgiving HTML tokenizer after the HTML standard's own rules,
/// without validation: start and end tags with their attributes (names
/// lowercased, values decoded), text with character references decoded,
/// comments, doctypes and processing instructions dropped, and the content
/// of `script`, `style` and the like skipped. Never fails; every token knows
/// the line and column (1-based, in scalars) where it starts.
struct HTMLTokenizer {
    enum Token {
        case startTag(name: String, attributes: [String: String], selfClosing: Bool, line: Int, column: Int)
        case endTag(name: String, line: Int, column: Int)
        case text(String, line: Int, column: Int)
    }

    /// Elements whose content is raw text, ended only by their own end tag.
    static let rawText: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]
    /// Elements whose content is text with references, ended only by their own end tag.
    static let escapableRawText: Set<String> = ["title", "textarea"]

    private let s: [Unicode.Scalar]
    private var i = 0
    private var line = 1
    private var column = 1

    init(_ text: String) {
        s = text.scalarArray
    }

    static func tokens(_ text: String) -> [Token] {
        var tokenizer = HTMLTokenizer(text)
        return tokenizer.run()
    }

    private mutating func advance(_ n: Int = 1) {
        for _ in 0..<n where i < s.count {
            if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
    }

    private func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }

    private func startsWith(_ prefix: String, at k: Int, caseInsensitive: Bool = true) -> Bool {
        var j = k
        for p in prefix.unicodeScalars {
            guard j < s.count else { return false }
            let c = caseInsensitive ? Self.lower(s[j]) : s[j]
            if c != p { return false }
            j += 1
        }
        return true
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }

    static func isASCIILetter(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    static func isSpace(_ c: Unicode.Scalar?) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }

    private mutating func run() -> [Token] {
        var tokens: [Token] = []
        var text = String.UnicodeScalarView()
        var textLine = 1, textColumn = 1
        func flush() {
            if !text.isEmpty { tokens.append(.text(String(text), line: textLine, column: textColumn)) }
            text = String.UnicodeScalarView()
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                let tagLine = line, tagColumn = column
                if let token = markup() {
                    flush()
                    if case .startTag(let name, let attributes, let selfClosing, _, _) = token {
                        tokens.append(.startTag(name: name, attributes: attributes, selfClosing: selfClosing, line: tagLine, column: tagColumn))
                        if Self.rawText.contains(name) || Self.escapableRawText.contains(name) {
                            let contentLine = line, contentColumn = column
                            let content = rawContent(until: name)
                            if Self.escapableRawText.contains(name), !content.isEmpty {
                                tokens.append(.text(Self.decodeReferences(content, inAttribute: false), line: contentLine, column: contentColumn))
                            }
                            if i < s.count {
                                tokens.append(.endTag(name: name, line: line, column: column))
                                skipTag()
                            }
                        }
                    } else if case .endTag(let name, _, _) = token, !name.isEmpty {
                        tokens.append(.endTag(name: name, line: tagLine, column: tagColumn))
                    }
                    continue
                }
                if text.isEmpty { textLine = line; textColumn = column }
                text.append(c)
                advance()
                continue
            }
            if text.isEmpty { textLine = line; textColumn = column }
            if c == "&", let (decoded, after) = HTMLEntities.decode(s, at: i) {
                text.append(contentsOf: decoded.unicodeScalars)
                advance(after - i)
                continue
            }
            text.append(c)
            advance()
        }
        flush()
        return tokens
    }

    /// At "<": a tag (returned), a comment, doctype or processing instruction
    /// (skipped; returns a placeholder end tag with an empty name), or nil when
    /// the "<" is text.
    private mutating func markup() -> Token? {
        let next = at(i + 1)
        if next == "!" {
            if startsWith("<!--", at: i) {
                advance(4)
                while i < s.count, !startsWith("-->", at: i) { advance() }
                advance(3)
            } else if startsWith("<![cdata[", at: i) {
                return nil  // rare outside foreign content; its text is kept as text
            } else {
                skipTag()
            }
            return .endTag(name: "", line: line, column: column)
        }
        if next == "?" {
            skipTag()
            return .endTag(name: "", line: line, column: column)
        }
        if next == "/" {
            guard Self.isASCIILetter(at(i + 2)) else {
                if at(i + 2) == ">" { advance(3); return .endTag(name: "", line: line, column: column) }
                skipTag()  // "</ …>" is a bogus comment
                return .endTag(name: "", line: line, column: column)
            }
            advance(2)
            let name = tagName()
            skipTag()
            return .endTag(name: name, line: line, column: column)
        }
        guard Self.isASCIILetter(next) else { return nil }
        advance()
        let name = tagName()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < s.count {
            while Self.isSpace(at(i)) { advance() }
            guard let c = at(i) else { break }
            if c == ">" { advance(); break }
            if c == "/" {
                advance()
                if at(i) == ">" { selfClosing = true; advance(); break }
                continue
            }
            var attributeName = String.UnicodeScalarView()
            repeat {
                attributeName.append(Self.lower(s[i]))
                advance()
            } while i < s.count && !Self.isSpace(s[i]) && s[i] != "/" && s[i] != ">" && s[i] != "="
            while Self.isSpace(at(i)) { advance() }
            var value = ""
            if at(i) == "=" {
                advance()
                while Self.isSpace(at(i)) { advance() }
                value = attributeValue()
            }
            let key = String(attributeName)
            if attributes[key] == nil { attributes[key] = value }
        }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing, line: line, column: column)
    }

    private mutating func tagName() -> String {
        var name = String.UnicodeScalarView()
        while let c = at(i), !Self.isSpace(c), c != "/", c != ">" {
            name.append(Self.lower(c))
            advance()
        }
        return String(name)
    }

    private mutating func attributeValue() -> String {
        var raw = String.UnicodeScalarView()
        if let q = at(i), q == "\"" || q == "'" {
            advance()
            while let c = at(i), c != q { raw.append(c); advance() }
            advance()
        } else {
            while let c = at(i), !Self.isSpace(c), c != ">" { raw.append(c); advance() }
        }
        return Self.decodeReferences(String(raw), inAttribute: true)
    }

    /// Skips to just after the next ">".
    private mutating func skipTag() {
        while i < s.count, s[i] != ">" { advance() }
        advance()
    }

    /// The raw content of a `script`-like element, up to (not including) its end tag.
    private mutating func rawContent(until name: String) -> String {
        var content = String.UnicodeScalarView()
        let endTag = "</" + name
        while i < s.count {
            if s[i] == "<", startsWith(endTag, at: i) {
                let after = at(i + endTag.unicodeScalars.count)
                if after == nil || Self.isSpace(after) || after == ">" || after == "/" { break }
            }
            content.append(s[i])
            advance()
        }
        return String(content)
    }

    static func decodeReferences(_ text: String, inAttribute: Bool) -> String {
        let s = text.scalarArray
        guard s.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (decoded, after) = HTMLEntities.decode(s, at: i, requireSemicolon: false) {
                // In attributes, a legacy reference without ";" before "=" or a letter stays literal ("?a=1&copy=2").
                let next = after < s.count ? s[after] : nil
                let legacyInAttribute = inAttribute && s[after - 1] != ";"
                    && (next == "=" || next.map { $0.isASCII && (ScalarClass.isAlphabetic($0) || ("0"..."9").contains($0)) } == true)
                if !legacyInAttribute {
                    out.append(contentsOf: decoded.unicodeScalars)
                    i = after
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }
}
