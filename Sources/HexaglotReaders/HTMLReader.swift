import HexaglotTree

/// Reads HTML as Hexaglot writes it and as people (and other tools) write it:
/// the language and direction from `<html lang dir>`; `<h1>`…`<h6>`, `<p>`,
/// `<li>` and other blocks in reading order, known by their typed label (or,
/// in an `<ol>`, by the list's own number); footnotes found by
/// `HTMLFootnotes`; `<script>`, `<style>`, `<nav>` and the like ignored.
/// Each node is located at its block's start tag.
public struct HTMLReader: DocumentReader {
    public init() {}

    public func read(_ bytes: [UInt8], file: String) throws -> Document {
        try readDeclaringLanguage(bytes, file: file).document
    }

    /// The language of `<html lang>`, `xml:lang`, or `lang` on `<body>`.
    public func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> ReadDocument {
        let text = try UTF8Text.decode(bytes, file: file)
        let tree = HTMLTree(HTMLTokenizer.tokens(text))
        var walker = HTMLWalker(tree: tree, file: file)
        let markup = walker.builder.language
        let (document, detection) = try walker.read()
        return ReadDocument(document: document, markupLanguage: markup, textLanguage: detection)
    }
}

/// One pass over the element tree, feeding blocks to the builder.
struct HTMLWalker {
    let tree: HTMLTree
    let file: String
    let footnotes: HTMLFootnotes
    var builder: DocumentBuilder

    private var text = MarkedText()
    private var kind = DocumentBuilder.BlockKind.body
    private var location: SourceLocation?
    private var listCounters: [Int: Int] = [:]

    static let ignored: Set<String> = ["head", "title", "script", "style", "template", "nav", "noscript", "select", "button",
                                       "iframe", "object", "canvas", "video", "audio", "svg", "map", "datalist", "xmp", "noembed", "noframes"]

    init(tree: HTMLTree, file: String) {
        self.tree = tree
        self.file = file
        self.footnotes = HTMLFootnotes(tree)
        self.builder = DocumentBuilder(file: file)
        builder.detectsSymbolLine = true
        for name in ["html", "body"] {
            guard let i = tree.first(name) else { continue }
            let attributes = tree[i].attributes
            if builder.language == nil, let lang = attributes["lang"] ?? attributes["xml:lang"] {
                builder.language = LanguageTag.unLanguage(lang)
            }
            if builder.direction == nil, let dir = attributes["dir"] { builder.direction = TextDirection(rawValue: dir.lowercased()) }
        }
    }

    mutating func read() throws -> (document: Document, detection: LanguageDetector.Detection?) {
        for child in tree[0].children { walk(child) }
        flush()
        for (body, number) in footnotes.bodies.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            text = MarkedText()
            inline(body, inBody: true)
            let content = Self.withoutLeadingNumber(text, number)
            builder.addFootnote(number: number, text: content, location: at(body))
        }
        return try builder.finishDetecting()
    }

    private func at(_ i: Int) -> SourceLocation {
        SourceLocation(file: file, line: tree[i].line, column: tree[i].column)
    }

    // MARK: Blocks

    private mutating func walk(_ i: Int) {
        let node = tree[i]
        if node.isText {
            if location == nil { location = at(i) }
            appendText(node.text)
            return
        }
        if Self.ignored.contains(node.name) || footnotes.containers.contains(i) || footnotes.bodies[i] != nil { return }
        if HTMLTree.headings.contains(node.name), precedesFootnotes(i) { return }
        if footnotes.refs[i] != nil || node.name == "br" || footnotes.backLinks.contains(i) {
            inline(i, inBody: false)
            return
        }
        guard HTMLFootnotes.blockElements.contains(node.name) else {
            for child in node.children { walk(child) }
            return
        }
        let blockKind = kindOf(i)
        // `<li><p>…</p></li>`: the paragraph carries the item's number.
        let inherits = text.isEmpty && kind != .body && (node.name == "p" || node.name == "div")
        flush()
        let outer = (kind, location)
        kind = inherits ? outer.0 : blockKind
        location = at(i)
        for child in node.children { walk(child) }
        flush()
        kind = .body
        location = outer.1
    }

    private mutating func flush() {
        if !text.isEmpty, let location {
            builder.addBlock(text, kind: kind, location: location)
            kind = .body
        }
        text = MarkedText()
    }

    private mutating func kindOf(_ i: Int) -> DocumentBuilder.BlockKind {
        let node = tree[i]
        if let level = Int(node.name.dropFirst()), HTMLTree.headings.contains(node.name) { return .heading(level: level) }
        let classes = node.classes
        if classes.contains("symbol") { return .header(.symbol) }
        if classes.contains("masthead-line") || classes.contains("masthead") && node.name == "p" {
            return .header(.masthead(node.attributes["data-role"].flatMap(MastheadLine.Role.init(rawValue:))))
        }
        if classes.contains("author") { return .header(.author) }
        if classes.contains("title"), node.name == "p" || node.name == "div" { return .header(.title) }
        if node.name == "li", node.parent >= 0, tree[node.parent].name == "ol" {
            let list = node.parent
            let start = Int(tree[list].attributes["start"] ?? "") ?? 1
            let number = Int(node.attributes["value"] ?? "") ?? ((listCounters[list] ?? (start - 1)) + 1)
            listCounters[list] = number
            let level = tree.ancestors(of: i).filter { tree[$0].name == "li" }.count
            return .listItem(label: Self.listLabel(number, type: tree[list].attributes["type"] ?? "1"), number: number, level: level)
        }
        return .body
    }

    /// A heading such as "Notes" right before the footnotes section is the section's, not the document's.
    private func precedesFootnotes(_ i: Int) -> Bool {
        let siblings = tree[tree[i].parent].children
        guard let k = siblings.firstIndex(of: i),
              let next = siblings[(k + 1)...].first(where: { !tree[$0].isText || !tree[$0].text.allSatisfy(\.isWhitespace) }) else { return false }
        return footnotes.containers.contains(next) || footnotes.bodies[next] != nil
            || tree.descendants(of: next).contains { footnotes.bodies[$0] != nil }
    }

    static func listLabel(_ number: Int, type: String) -> String {
        switch type {
        case "a": return ListLetters.latin(number) + "."
        case "A": return ListLetters.latin(number, upper: true) + "."
        case "i": return RomanNumeral.lowercase(number) + "."
        case "I": return RomanNumeral.lowercase(number).uppercased() + "."
        default: return "\(number)."
        }
    }

    // MARK: Inline content

    /// Inline content of an element into `text`; inside a footnote body,
    /// blocks are lines of one text and back links are left out.
    private mutating func inline(_ i: Int, inBody: Bool) {
        let node = tree[i]
        if node.isText { appendText(node.text); return }
        if let number = footnotes.refs[i] {
            text.appendRef(number, location: at(i), form: footnotes.forms[i])
            return
        }
        if Self.ignored.contains(node.name) || footnotes.backLinks.contains(i) { return }
        if node.name == "br" { text.append("\n"); return }
        if inBody, HTMLFootnotes.blockElements.contains(node.name) { text.append("\n") }
        for child in node.children {
            if inBody { inline(child, inBody: true) } else { walk(child) }
        }
    }

    /// HTML whitespace collapsed to one space.
    private mutating func appendText(_ s: String) {
        for scalar in s.unicodeScalars {
            guard HTMLTokenizer.isSpace(scalar) else { text.append(scalar); continue }
            let afterRef = text.refs.last?.offset == text.scalars.count
            if afterRef || text.scalars.last.map({ $0 != " " && $0 != "\n" }) == true { text.append(" ") }
        }
    }

    /// A footnote body without the number written before it ("[3]", "3.", "3)").
    static func withoutLeadingNumber(_ text: MarkedText, _ number: Int) -> MarkedText {
        let trimmed = text.trimmed()
        let s = trimmed.leadingString
        for form in ["[\(number)]", "\(number).", "\(number))"] where s.hasPrefix(form) {
            let rest = s.dropFirst(form.count)
            if rest.isEmpty || rest.first!.isWhitespace { return trimmed.slice(form.unicodeScalars.count).trimmed() }
        }
        return trimmed
    }
}
