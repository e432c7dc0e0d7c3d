import HexaglotTree

/// The blocks of a Markdown file, found line by line as CommonMark, GFM and
/// pandoc find them, with only what the document tree needs: paragraphs
/// (list items and block quotes unwrapped), headings (ATX and setext),
/// footnote definitions with their continuation lines, code kept literal;
/// thematic breaks, HTML comments and link reference definitions dropped.
struct MarkdownBlocks {
    /// A stretch of one source line: its 0-based index and a scalar range.
    struct Segment {
        var line: Int
        var start: Int
        var end: Int
    }

    enum Kind: Equatable {
        case paragraph
        case heading(Int)
        case footnote(label: String)
        /// Code: its text as is, no inline syntax.
        case literal
    }

    struct Block {
        var kind: Kind
        var segments: [Segment]
    }

    let lines: [[Unicode.Scalar]]
    private(set) var blocks: [Block] = []
    /// Link reference definitions' labels, normalized, so `[text]` can be told from a literal bracket.
    private(set) var references: Set<String> = []
    /// `key: value` pairs of a YAML front matter block (pandoc's title, author, lang, dir).
    private(set) var frontMatter: [String: (value: String, line: Int)] = [:]

    private var open: Block?
    /// A blank line was seen inside an open footnote definition.
    private var footnoteGap = false

    init(lines: [[Unicode.Scalar]]) {
        self.lines = lines
        var i = readFrontMatter()
        while i < lines.count { i = scan(i) }
        close()
    }

    // MARK: Lines

    private mutating func scan(_ i: Int) -> Int {
        let line = lines[i]
        var k = 0, indent = 0
        (k, indent) = Self.skipIndent(line, 0)
        guard k < line.count else {
            if case .footnote? = open?.kind { footnoteGap = true } else { close() }
            return i + 1
        }
        if case .footnote? = open?.kind, footnoteGap {
            footnoteGap = false
            if indent >= 2 {
                open?.segments.append(Segment(line: i, start: k, end: line.count))
                return i + 1
            }
            close()
        }
        // Block quotes: ">" markers are dropped and the rest read as any line.
        while indent < 4, k < line.count, line[k] == ">" {
            k += 1
            if k < line.count, line[k] == " " { k += 1 }
            (k, indent) = Self.skipIndent(line, k)
        }
        guard k < line.count else { close(); return i + 1 }
        let rest = line[k...]
        if indent < 4, let fence = Self.fence(rest) { return literal(from: i, fence: fence) }
        if rest.starts(with: "<!--".unicodeScalars) { return comment(from: i, column: k) }
        if indent < 4, let (level, start, end) = Self.atxHeading(line, k) {
            close()
            blocks.append(Block(kind: .heading(level), segments: [Segment(line: i, start: start, end: end)]))
            return i + 1
        }
        if indent < 4, open?.kind == .paragraph, let level = Self.setextLevel(rest) {
            open?.kind = .heading(level)
            close()
            return i + 1
        }
        if indent < 4, Self.isThematicBreak(rest) { close(); return i + 1 }
        if indent < 4, let (label, bodyStart) = Self.footnoteDefinition(line, k) {
            close()
            open = Block(kind: .footnote(label: label), segments: [Segment(line: i, start: bodyStart, end: line.count)])
            return i + 1
        }
        if indent < 4, open == nil, let label = Self.referenceDefinition(line, k) {
            references.insert(label)
            return i + 1
        }
        if let bodyStart = Self.bulletItem(line, k) {
            close()
            open = Block(kind: .paragraph, segments: [Segment(line: i, start: bodyStart, end: line.count)])
            return i + 1
        }
        if open != nil {
            open?.segments.append(Segment(line: i, start: k, end: line.count))
        } else {
            open = Block(kind: .paragraph, segments: [Segment(line: i, start: k, end: line.count)])
        }
        return i + 1
    }

    private mutating func close() {
        if let block = open { blocks.append(block) }
        open = nil
        footnoteGap = false
    }

    /// A fenced code block, up to its closing fence (or the end of the file).
    private mutating func literal(from i: Int, fence: (Unicode.Scalar, Int)) -> Int {
        close()
        var segments: [Segment] = []
        var j = i + 1
        while j < lines.count {
            let (k, indent) = Self.skipIndent(lines[j], 0)
            if indent < 4, let closing = Self.fence(lines[j][k...]), closing.0 == fence.0, closing.1 >= fence.1,
               lines[j][(k + closing.1)...].allSatisfy({ $0 == " " || $0 == "\t" }) {
                j += 1
                break
            }
            segments.append(Segment(line: j, start: 0, end: lines[j].count))
            j += 1
        }
        if !segments.isEmpty { blocks.append(Block(kind: .literal, segments: segments)) }
        return j
    }

    /// An HTML comment, skipped up to its "-->".
    private mutating func comment(from i: Int, column: Int) -> Int {
        var j = i, start = column + 4
        while j < lines.count {
            if Self.find(Array("-->".unicodeScalars), in: lines[j], from: start) != nil { return j + 1 }
            j += 1
            start = 0
        }
        return j
    }

    // MARK: Front matter

    private mutating func readFrontMatter() -> Int {
        guard let first = lines.first, String(scalars: first).trimmingSpaces == "---" else { return 0 }
        var entries: [String: (value: String, line: Int)] = [:]
        for j in 1..<min(lines.count, 200) {
            let text = String(scalars: lines[j])
            if text.trimmingSpaces == "---" || text.trimmingSpaces == "..." {
                frontMatter = entries
                return j + 1
            }
            guard let colon = text.firstIndex(of: ":") else {
                if text.trimmingSpaces.isEmpty || text.first == " " || text.first == "-" { continue }
                return 0
            }
            let key = String(text[..<colon]).trimmingSpaces.lowercased()
            var value = String(text[text.index(after: colon)...]).trimmingSpaces
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !key.contains(" "), !value.isEmpty, entries[key] == nil { entries[key] = (value, j) }
        }
        return 0
    }

    // MARK: Line patterns

    /// The index of the first non-blank scalar at or after `k`, and the indentation in columns (a tab to the next multiple of 4).
    static func skipIndent(_ line: [Unicode.Scalar], _ k: Int) -> (Int, Int) {
        var k = k, indent = 0
        while k < line.count, line[k] == " " || line[k] == "\t" {
            indent = line[k] == "\t" ? (indent / 4 + 1) * 4 : indent + 1
            k += 1
        }
        return (k, indent)
    }

    static func fence(_ rest: ArraySlice<Unicode.Scalar>) -> (Unicode.Scalar, Int)? {
        guard let c = rest.first, c == "`" || c == "~" else { return nil }
        let n = rest.prefix { $0 == c }.count
        guard n >= 3 else { return nil }
        if c == "`", rest.dropFirst(n).contains("`") { return nil }
        return (c, n)
    }

    /// `# Heading #`: the level and the range of its text.
    static func atxHeading(_ line: [Unicode.Scalar], _ k: Int) -> (Int, Int, Int)? {
        var j = k
        while j < line.count, line[j] == "#" { j += 1 }
        let level = j - k
        guard (1...6).contains(level), j == line.count || line[j] == " " || line[j] == "\t" else { return nil }
        var (start, _) = skipIndent(line, j)
        var end = line.count
        while end > start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        // An optional closing sequence of "#", after a space.
        var hashes = end
        while hashes > start, line[hashes - 1] == "#" { hashes -= 1 }
        if hashes < end, hashes == start || line[hashes - 1] == " " || line[hashes - 1] == "\t" {
            end = hashes
            while end > start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        }
        if start > end { start = end }
        return (level, start, end)
    }

    static func setextLevel(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let c = rest.first, c == "=" || c == "-" else { return nil }
        let body = rest.prefix { $0 == c }
        guard rest.dropFirst(body.count).allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return c == "=" ? 1 : 2
    }

    static func isThematicBreak(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = rest.first, c == "-" || c == "*" || c == "_" else { return false }
        var count = 0
        for s in rest {
            if s == c { count += 1 } else if s != " " && s != "\t" { return false }
        }
        return count >= 3
    }

    /// `[^label]: body`: the label and where the body starts.
    static func footnoteDefinition(_ line: [Unicode.Scalar], _ k: Int) -> (String, Int)? {
        guard line.count - k >= 5, line[k] == "[", line[k + 1] == "^" else { return nil }
        var j = k + 2
        while j < line.count, j - k < 100, line[j] != "]", !ScalarClass.isWhitespace(line[j]) { j += 1 }
        guard j > k + 2, j + 1 < line.count, line[j] == "]", line[j + 1] == ":" else { return nil }
        let label = String(scalars: line[(k + 2)..<j])
        return (label, skipIndent(line, j + 2).0)
    }

    /// `[label]: destination`: a link reference definition's normalized label.
    static func referenceDefinition(_ line: [Unicode.Scalar], _ k: Int) -> String? {
        guard k < line.count, line[k] == "[", k + 1 < line.count, line[k + 1] != "^" else { return nil }
        var j = k + 1
        while j < line.count, j - k < 1000, line[j] != "]" {
            if line[j] == "\\" { j += 1 }
            j += 1
        }
        guard j + 1 < line.count, line[j] == "]", line[j + 1] == ":" else { return nil }
        let (d, _) = skipIndent(line, j + 2)
        guard d < line.count else { return nil }
        return normalizedLabel(line[(k + 1)..<j])
    }

    /// `- item`, `* item`, `+ item`: where the item's text starts.
    static func bulletItem(_ line: [Unicode.Scalar], _ k: Int) -> Int? {
        guard k + 1 < line.count, line[k] == "-" || line[k] == "*" || line[k] == "+",
              line[k + 1] == " " || line[k + 1] == "\t" else { return nil }
        return skipIndent(line, k + 1).0
    }

    /// A link label as CommonMark matches them: case-folded, inner blanks collapsed.
    static func normalizedLabel(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: s).lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" }.joined(separator: " ")
    }

    static func find(_ needle: [Unicode.Scalar], in line: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= line.count, start <= line.count - needle.count else { return nil }
        return (start...(line.count - needle.count)).first { line[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        let start = scalars.firstIndex { !ScalarClass.isWhitespace($0) } ?? scalars.endIndex
        let end = scalars.lastIndex { !ScalarClass.isWhitespace($0) }.map { scalars.index(after: $0) } ?? start
        return start < end ? String(scalars[start..<end]) : ""
    }
}
