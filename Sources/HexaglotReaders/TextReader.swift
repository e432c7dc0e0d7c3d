import HexaglotTree

/// Reads the plain-text layout of the official files (and of `TextWriter`):
/// masthead lines, title and author line, then one line per section heading,
/// paragraph and sub-item, each known by its label; footnote references as
/// `[footnoteRef:N]`, footnote bodies as `[N:  body]` at the end of the line
/// that cites them. `[bookmark: …]` markers are dropped.
public struct TextReader: DocumentReader {
    public init() {}

    public func read(_ bytes: [UInt8], file: String) throws -> Document {
        try readDeclaringLanguage(bytes, file: file).document
    }

    /// Plain text declares no language: the text tells it.
    public func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> ReadDocument {
        let text = try UTF8Text.decode(bytes, file: file)
        var builder = DocumentBuilder(file: file)
        // A line after a blank line starts a block: unlabelled, it is a paragraph of its own, not a continuation.
        var afterBlank = false
        for (index, rawLine) in text.lines.enumerated() {
            if builder.isFull { break }  // finish() says where the document went over
            let lineNumber = index + 1
            let line = Self.removingBookmarks(String(rawLine))
            try FootnoteMarkerCheck.check(line, file: file, line: lineNumber)
            guard line.unicodeScalars.contains(where: { !ScalarClass.isWhitespace($0) }) else {
                afterBlank = true
                continue
            }
            defer { afterBlank = false }
            let (content, bodies) = try Self.splitFootnoteBodies(line, file: file, line: lineNumber)
            for (number, body, column) in bodies {
                builder.addFootnote(number: number, content: Self.inlines(body, file: file, line: lineNumber, column: column),
                                    location: SourceLocation(file: file, line: lineNumber, column: column))
            }
            builder.addLine(content, location: SourceLocation(file: file, line: lineNumber, column: 1), startsBlock: afterBlank) { text, column in
                Self.inlines(text, file: file, line: lineNumber, column: column)
            }
        }
        let (document, detection) = try builder.finishDetecting()
        return ReadDocument(document: document, markupLanguage: nil, textLanguage: detection)
    }

    /// In one pass: removing each marker and searching again from the start was quadratic in the line.
    static func removingBookmarks(_ line: String) -> String {
        guard line.containsBytes(of: "[bookmark:") else { return line }
        var result = "", rest = line[...]
        while let start = rest.firstRange(of: "[bookmark:"), let end = rest[start.upperBound...].firstIndex(of: "]") {
            result += rest[..<start.lowerBound]
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// Splits "content [1:  body] [2:  body] " into the content and the bodies
    /// (number, text, 1-based column of the body's '[').
    static func splitFootnoteBodies(_ line: String, file: String, line lineNumber: Int) throws -> (String, [(Int, String, Int)]) {
        let s = line.scalarArray
        let lastRef = lastIndex(of: Array("[footnoteRef:".unicodeScalars), in: s).map { $0 + 13 } ?? 0
        var starts: [(index: Int, number: Int, bodyStart: Int)] = []
        var i = lastRef
        while i < s.count {
            if s[i] == "[", let (number, after) = footnoteNumber(s, i + 1), after < s.count, s[after] == ":" {
                starts.append((i, number, after + 1))
            }
            i += 1
        }
        guard let first = starts.first else { return (line, []) }
        var bodies: [(Int, String, Int)] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].index : s.count
            var bodyScalars = Array(s[start.bodyStart..<end])
            while let last = bodyScalars.last, ScalarClass.isWhitespace(last) { bodyScalars.removeLast() }
            guard bodyScalars.last == "]" else {
                throw HexaglotError.invalidInput(SourceLocation(file: file, line: lineNumber, column: start.index + 1), file: file,
                                                 message: "footnote body [\(start.number): …] is not closed with ']'")
            }
            bodyScalars.removeLast()
            let leading = bodyScalars.prefix { ScalarClass.isWhitespace($0) }.count
            bodies.append((start.number, String(scalars: bodyScalars.dropFirst(leading)), start.bodyStart + leading + 1))
        }
        return (String(scalars: s[..<first.index]), bodies)
    }

    /// Text with `[footnoteRef:N]` markers turned into footnote references.
    static func inlines(_ text: String, file: String, line: Int, column: Int) -> [Inline] {
        guard text.containsBytes(of: "[footnoteRef:") else { return text.isEmpty ? [] : [.text(text)] }
        let s = text.scalarArray
        let marker = Array("[footnoteRef:".unicodeScalars)
        var inlines: [Inline] = []
        var runStart = 0
        var i = 0
        while i < s.count {
            if s[i] == "[", s.count - i >= marker.count, s[i..<(i + marker.count)].elementsEqual(marker),
               let (number, after) = footnoteNumber(s, i + marker.count), after < s.count, s[after] == "]" {
                if i > runStart { inlines.append(.text(String(scalars: s[runStart..<i]))) }
                inlines.append(.footnoteRef(FootnoteRef(number: number, location: SourceLocation(file: file, line: line, column: column + i))))
                i = after + 1
                runStart = i
                continue
            }
            i += 1
        }
        if s.count > runStart { inlines.append(.text(String(scalars: s[runStart...]))) }
        return inlines
    }

    private static func footnoteNumber(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < s.count, let d = LabelRecognizer.digitValue(s[j]), j - i < 6 { value = value * 10 + d; j += 1 }
        return j > i ? (value, j) : nil
    }

    private static func lastIndex(of needle: [Unicode.Scalar], in s: [Unicode.Scalar]) -> Int? {
        guard s.count >= needle.count else { return nil }
        return stride(from: s.count - needle.count, through: 0, by: -1).first { s[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
