import HexaglotTree

/// Footnote labels to numbers, in order of first citation (as pandoc, GFM
/// and Word number them).
final class FootnoteNumbering {
    private(set) var numbers: [String: Int] = [:]
    /// Labels by number - 1.
    private(set) var labels: [String] = []

    func number(for label: String) -> Int {
        if let n = numbers[label] { return n }
        labels.append(label)
        numbers[label] = labels.count
        return labels.count
    }

    func existing(_ label: String) -> Int? { numbers[label] }
}

/// The inline syntax of one Markdown block, reduced to what a reader sees:
/// escapes and entities decoded, emphasis and strikethrough markers that pair
/// up removed, links and images replaced by their text, autolinks and code
/// by their content, raw HTML tags dropped, footnote references `[^label]`
/// kept as references. Every scalar keeps its source position.
struct MarkdownInlines {
    private let src: [Unicode.Scalar]
    private let positions: [MarkedText.Position]
    private let references: Set<String>
    private let numbering: FootnoteNumbering
    private let file: String

    private var closeBracket: [Int: Int] = [:]
    private var closeParen: [Int: Int] = [:]
    private var codeSpanEnd: [Int: (close: Int, length: Int)] = [:]

    private var out: [Unicode.Scalar] = []
    private var outSource: [Int] = []
    private var removed: [Bool] = []
    private var refs: [(offset: Int, number: Int, source: Int)] = []
    private var delimiters: [Delimiter] = []

    private struct Delimiter {
        var character: Unicode.Scalar
        var start: Int
        var count: Int
        var canOpen: Bool
        var canClose: Bool
        var usedLeft = 0
        var usedRight = 0
        var remaining: Int { count - usedLeft - usedRight }
    }

    /// Parses the text of `segments` (joined by "\n"), or takes it literally.
    static func parse(_ segments: [MarkdownBlocks.Segment], lines: [[Unicode.Scalar]], literal: Bool,
                      references: Set<String>, numbering: FootnoteNumbering, file: String) -> MarkedText {
        var src: [Unicode.Scalar] = []
        var positions: [MarkedText.Position] = []
        for (n, segment) in segments.enumerated() {
            let line = lines[segment.line]
            var end = segment.end
            if !literal {
                while end > segment.start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
            }
            if n > 0 {
                src.append("\n")
                positions.append(MarkedText.Position(line: segment.line + 1, column: segment.start + 1))
            }
            for k in segment.start..<max(segment.start, end) {
                src.append(line[k])
                positions.append(MarkedText.Position(line: segment.line + 1, column: k + 1))
            }
        }
        if literal {
            var text = MarkedText()
            for (s, p) in zip(src, positions) { text.append(s, at: p) }
            return text
        }
        var parser = MarkdownInlines(src: src, positions: positions, references: references, numbering: numbering, file: file)
        parser.run(0..<src.count, depth: 0)
        return parser.result()
    }

    private init(src: [Unicode.Scalar], positions: [MarkedText.Position], references: Set<String>,
                 numbering: FootnoteNumbering, file: String) {
        self.src = src
        self.positions = positions
        self.references = references
        self.numbering = numbering
        self.file = file
        matchCodeSpans()
        matchBrackets()
    }

    // MARK: Matching, once per block (so nothing is quadratic)

    private mutating func matchCodeSpans() {
        var runs: [(start: Int, length: Int)] = []
        var i = 0
        while i < src.count {
            if src[i] == "\\", i + 1 < src.count, src[i + 1] == "`" { i += 2; continue }
            if src[i] == "`" {
                let start = i
                while i < src.count, src[i] == "`" { i += 1 }
                runs.append((start, i - start))
            } else {
                i += 1
            }
        }
        var nextSameLength = [Int?](repeating: nil, count: runs.count)
        var lastByLength: [Int: Int] = [:]
        for r in runs.indices.reversed() {
            nextSameLength[r] = lastByLength[runs[r].length]
            lastByLength[runs[r].length] = r
        }
        var r = 0
        while r < runs.count {
            // Code spans cannot start inside an earlier one; a closer is the next run of the same length.
            if let close = nextSameLength[r] {
                codeSpanEnd[runs[r].start] = (runs[close].start, runs[r].length)
                r = close + 1
            } else {
                r += 1
            }
        }
    }

    private mutating func matchBrackets() {
        var brackets: [Int] = [], parens: [Int] = []
        var i = 0
        while i < src.count {
            let c = src[i]
            if c == "\\" { i += 2; continue }
            if let span = codeSpanEnd[i] { i = span.close + span.length; continue }
            switch c {
            case "[": brackets.append(i)
            case "]": if let open = brackets.popLast() { closeBracket[open] = i }
            case "(": parens.append(i)
            case ")": if let open = parens.popLast() { closeParen[open] = i }
            default: break
            }
            i += 1
        }
    }

    // MARK: Parsing

    private mutating func emit(_ scalar: Unicode.Scalar, from source: Int) {
        out.append(scalar)
        outSource.append(source)
        removed.append(false)
    }

    private mutating func run(_ range: Range<Int>, depth: Int) {
        let firstDelimiter = delimiters.count
        var i = range.lowerBound
        var urlEnd = -1
        let end = range.upperBound
        while i < end {
            let c = src[i]
            if i >= urlEnd, Self.startsBareURL(src, i) {
                urlEnd = Self.bareURLEnd(src, i, limit: end)
            }
            switch c {
            case "\\":
                if i + 1 < end, src[i + 1].isASCII, src[i + 1].properties.isPunctuationOrSymbol {
                    emit(src[i + 1], from: i + 1)
                    i += 2
                } else if i + 1 < end, src[i + 1] == "\n" {
                    emit("\n", from: i + 1)
                    i += 2
                } else {
                    emit(c, from: i)
                    i += 1
                }
            case "`":
                if let span = codeSpanEnd[i], span.close + span.length <= end {
                    codeSpan(i + span.length, span.close)
                    i = span.close + span.length
                } else {
                    while i < end, src[i] == "`" { emit("`", from: i); i += 1 }
                }
            case "<":
                i = angle(i, end)
            case "&":
                if let (decoded, after) = HTMLEntities.decode(src, at: i, requireSemicolon: true) {
                    for s in decoded.unicodeScalars { emit(s, from: i) }
                    i = after
                } else {
                    emit(c, from: i)
                    i += 1
                }
            case "[":
                i = bracket(i, end, depth: depth)
            case "!" where i + 1 < end && src[i + 1] == "[" && isInlineLink(i + 1, end):
                i += 1  // an image: its description stands for it
            case "*", "_", "~":
                if i >= urlEnd {
                    i = delimiterRun(i, end)
                } else {
                    emit(c, from: i)
                    i += 1
                }
            default:
                emit(c, from: i)
                i += 1
            }
        }
        resolveEmphasis(from: firstDelimiter)
    }

    private mutating func codeSpan(_ start: Int, _ close: Int) {
        var content = Array(src[start..<close]).map { $0 == "\n" ? " " : $0 }
        var sources = Array(start..<close)
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = Array(content.dropFirst().dropLast())
            sources = Array(sources.dropFirst().dropLast())
        }
        for (s, source) in zip(content, sources) { emit(s, from: source) }
    }

    /// `<https://…>` and `<a@b.org>` give their content; HTML tags and comments are dropped (`<br>` is a line break).
    private mutating func angle(_ i: Int, _ end: Int) -> Int {
        var j = i + 1
        while j < end, j - i < 2048, src[j] != ">", src[j] != "<", !ScalarClass.isWhitespace(src[j]) { j += 1 }
        if j < end, src[j] == ">", j > i + 1 {
            let inner = Array(src[(i + 1)..<j])
            if Self.isAutolink(inner) {
                for k in (i + 1)..<j { emit(src[k], from: k) }
                return j + 1
            }
        }
        if i + 3 < end, src[i + 1] == "!", src[i + 2] == "-", src[i + 3] == "-" {
            var k = i + 4
            while k + 2 < end, !(src[k] == "-" && src[k + 1] == "-" && src[k + 2] == ">") { k += 1 }
            if k + 2 < end { return k + 3 }
        }
        var k = i + 1
        if k < end, src[k] == "/" { k += 1 }
        if k < end, src[k].isASCII, ScalarClass.isAlphabetic(src[k]) {
            let nameStart = k
            while k < end, src[k].isASCII, ScalarClass.isAlphabetic(src[k]) || ("0"..."9").contains(src[k]) || src[k] == "-" { k += 1 }
            let name = String(scalars: src[nameStart..<k]).lowercased()
            var quote: Unicode.Scalar?
            while k < end, k - i < 2048 {
                if let q = quote { if src[k] == q { quote = nil } } else if src[k] == "\"" || src[k] == "'" { quote = src[k] } else if src[k] == ">" { break } else if src[k] == "<" { break }
                k += 1
            }
            if k < end, src[k] == ">" {
                if name == "br" { emit("\n", from: i) }
                return k + 1
            }
        }
        emit("<", from: i)
        return i + 1
    }

    private static func isAutolink(_ s: [Unicode.Scalar]) -> Bool {
        guard !s.contains(where: { ScalarClass.isWhitespace($0) || $0 == "<" }) else { return false }
        if let colon = s.firstIndex(of: ":"), colon >= 2, colon <= 32, s[0].isASCII, ScalarClass.isAlphabetic(s[0]),
           s[..<colon].allSatisfy({ $0.isASCII && (ScalarClass.isAlphabetic($0) || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0)) }) {
            return true
        }
        if let at = s.firstIndex(of: "@"), at > 0, at < s.count - 1, s[(at + 1)...].contains(".") { return true }
        return false
    }

    private func isInlineLink(_ i: Int, _ end: Int) -> Bool {
        guard let close = closeBracket[i], close + 1 < end, src[close + 1] == "(", let p = closeParen[close + 1] else { return false }
        return p < end
    }

    /// `[^label]` is a footnote reference; `[text](url)`, `[text][ref]` and `[ref]` are their text.
    private mutating func bracket(_ i: Int, _ end: Int, depth: Int) -> Int {
        if i + 2 < end, src[i + 1] == "^" {
            var j = i + 2
            while j < end, j - i < 100, src[j] != "]", !ScalarClass.isWhitespace(src[j]) { j += 1 }
            if j < end, j > i + 2, src[j] == "]" {
                let label = String(scalars: src[(i + 2)..<j])
                refs.append((out.count, numbering.number(for: label), i))
                return j + 1
            }
        }
        if depth < 16, let close = closeBracket[i], close < end {
            let after = close + 1
            if after < end, src[after] == "(", let p = closeParen[after], p < end {
                run((i + 1)..<close, depth: depth + 1)
                return p + 1
            }
            if after < end, src[after] == "[", let r = closeBracket[after], r < end, r == after + 1 || isReference(after + 1, r) {
                run((i + 1)..<close, depth: depth + 1)
                return r + 1
            }
            if isReference(i + 1, close) {
                run((i + 1)..<close, depth: depth + 1)
                return after
            }
        }
        emit("[", from: i)
        return i + 1
    }

    /// Whether a link label names a reference definition (labels are at most 999 characters, as in CommonMark).
    private func isReference(_ start: Int, _ end: Int) -> Bool {
        !references.isEmpty && end - start <= 999 && references.contains(MarkdownBlocks.normalizedLabel(src[start..<end]))
    }

    // MARK: Emphasis

    private mutating func delimiterRun(_ i: Int, _ end: Int) -> Int {
        let c = src[i]
        var j = i
        while j < end, src[j] == c { j += 1 }
        let count = j - i
        let before: Unicode.Scalar = i > 0 ? src[i - 1] : " "
        let after: Unicode.Scalar = j < src.count ? src[j] : " "
        let left = !after.isBlankOrBreak && (!after.properties.isPunctuationOrSymbol || before.isBlankOrBreak || before.properties.isPunctuationOrSymbol)
        let right = !before.isBlankOrBreak && (!before.properties.isPunctuationOrSymbol || after.isBlankOrBreak || after.properties.isPunctuationOrSymbol)
        var canOpen = left, canClose = right
        if c == "_" {
            canOpen = left && (!right || before.properties.isPunctuationOrSymbol)
            canClose = right && (!left || after.properties.isPunctuationOrSymbol)
        }
        let start = out.count
        for k in i..<j { emit(c, from: k) }
        if (c != "~" || count == 2), canOpen || canClose {
            delimiters.append(Delimiter(character: c, start: start, count: count, canOpen: canOpen, canClose: canClose))
        }
        return j
    }

    /// Pairs each closer with the nearest opener of the same character and removes the paired markers.
    private mutating func resolveEmphasis(from first: Int) {
        var openers: [Unicode.Scalar: [Int]] = [:]
        for d in first..<delimiters.count {
            let c = delimiters[d].character
            if delimiters[d].canClose {
                while delimiters[d].remaining > 0, let o = openers[c]?.last {
                    let use = min(delimiters[o].remaining, delimiters[d].remaining)
                    let openerEnd = delimiters[o].start + delimiters[o].count - delimiters[o].usedRight
                    for x in (openerEnd - use)..<openerEnd { removed[x] = true }
                    let closerStart = delimiters[d].start + delimiters[d].usedLeft
                    for x in closerStart..<(closerStart + use) { removed[x] = true }
                    delimiters[o].usedRight += use
                    delimiters[d].usedLeft += use
                    if delimiters[o].remaining == 0 { openers[c]?.removeLast() }
                }
            }
            if delimiters[d].canOpen, delimiters[d].remaining > 0 { openers[c, default: []].append(d) }
        }
        delimiters.removeSubrange(first...)
    }

    // MARK: Bare URLs

    /// "https://…", "http://…", "www.…" after a non-letter: their "_" and "*" are not emphasis.
    private static func startsBareURL(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "h" || s[i] == "w", i == 0 || !(ScalarClass.isAlphabetic(s[i - 1]) || ("0"..."9").contains(s[i - 1])) else { return false }
        for prefix in ["https://", "http://", "www."] {
            let p = prefix.scalarArray
            if s.count - i >= p.count, s[i..<(i + p.count)].elementsEqual(p) { return true }
        }
        return false
    }

    private static func bareURLEnd(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, !ScalarClass.isWhitespace(s[j]), s[j] != "<" {
            if s[j] == "[", j + 1 < limit, s[j + 1] == "^" { break }
            j += 1
        }
        // Trailing emphasis markers close emphasis around the URL; they are not part of it.
        while j > i, s[j - 1] == "*" || s[j - 1] == "_" || s[j - 1] == "~" { j -= 1 }
        return j
    }

    // MARK: Result

    private func result() -> MarkedText {
        var text = MarkedText()
        var refIndex = 0
        let sortedRefs = refs.sorted { $0.offset < $1.offset }
        for k in out.indices {
            while refIndex < sortedRefs.count, sortedRefs[refIndex].offset <= k {
                text.appendRef(sortedRefs[refIndex].number, location: location(sortedRefs[refIndex].source))
                refIndex += 1
            }
            if !removed[k] { text.append(out[k], at: positions[outSource[k]]) }
        }
        for ref in sortedRefs[refIndex...] { text.appendRef(ref.number, location: location(ref.source)) }
        return text
    }

    private func location(_ source: Int) -> SourceLocation {
        let p = positions[source]
        return SourceLocation(file: file, line: Int(p.line), column: Int(p.column))
    }
}

extension Unicode.Scalar {
    fileprivate var isBlankOrBreak: Bool { ScalarClass.isWhitespace(self) }
}

extension Unicode.Scalar.Properties {
    /// CommonMark's "Unicode punctuation character": general categories P and S.
    var isPunctuationOrSymbol: Bool {
        switch generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
