import HexaglotTree

/// The text of one block of a markup format, as its reader found it: the
/// scalars a reader sees (markup removed, escapes and entities decoded),
/// footnote references at scalar offsets, and, where the format keeps them
/// (Markdown), the source position of every scalar. Line breaks inside the
/// block are "\n" until the builder decides what each line is.
struct MarkedText {
    struct Position: Hashable {
        var line: Int32
        var column: Int32
        init(line: Int, column: Int) {
            self.line = Int32(clamping: line)
            self.column = Int32(clamping: column)
        }
    }

    struct Ref {
        /// The reference stands before the scalar at this offset.
        var offset: Int
        var number: Int
        var location: SourceLocation?
        /// The mark's form, where the format shows it (HTML, DOCX).
        var form: FootnoteMarkerForm?

        func moved(to offset: Int) -> Ref {
            var ref = self
            ref.offset = offset
            return ref
        }

        var inline: Inline { .footnoteRef(FootnoteRef(number: number, location: location, writtenForm: form)) }
    }

    private(set) var scalars: [Unicode.Scalar] = []
    /// Empty, or one position per scalar.
    private(set) var positions: [Position] = []
    private(set) var refs: [Ref] = []

    init() {}

    var isEmpty: Bool { refs.isEmpty && !scalars.contains { !Self.isBlank($0) } }

    mutating func append(_ scalar: Unicode.Scalar, at position: Position? = nil) {
        if let position {
            // Positions are kept only when every scalar has one.
            if positions.count == scalars.count { positions.append(position) }
        } else if !positions.isEmpty {
            positions.removeAll()
        }
        scalars.append(scalar)
    }

    mutating func append(_ text: String, at position: Position? = nil) {
        for scalar in text.unicodeScalars { append(scalar, at: position) }
    }

    /// Appends another text (positions kept only if both have them).
    mutating func append(_ other: MarkedText) {
        let keepPositions = (hasPositions || scalars.isEmpty) && other.hasPositions
        let base = scalars.count
        if !keepPositions { positions.removeAll() }
        scalars += other.scalars
        if keepPositions { positions += other.positions }
        refs += other.refs.map { $0.moved(to: base + $0.offset) }
    }

    mutating func appendRef(_ number: Int, location: SourceLocation?, form: FootnoteMarkerForm? = nil) {
        refs.append(Ref(offset: scalars.count, number: number, location: location, form: form))
    }

    var hasPositions: Bool { !scalars.isEmpty && positions.count == scalars.count }

    /// The scalars before the first footnote reference, for label recognition.
    var leadingString: String {
        let end = refs.first?.offset ?? scalars.count
        return String(scalars: scalars[..<min(end, scalars.count)])
    }

    var string: String { String(scalars: scalars) }

    /// The part from `start` (a scalar offset) to `end`.
    func slice(_ start: Int, _ end: Int? = nil) -> MarkedText {
        let end = min(end ?? scalars.count, scalars.count)
        let start = min(max(0, start), end)
        var result = MarkedText()
        result.scalars = Array(scalars[start..<end])
        if hasPositions { result.positions = Array(positions[start..<end]) }
        // A reference at the end offset belongs to this slice only when it is the last one.
        result.refs = refs.filter { $0.offset >= start && ($0.offset < end || (end == scalars.count && $0.offset == end)) }
            .map { $0.moved(to: $0.offset - start) }
        return result
    }

    /// Without blanks at either end.
    func trimmed() -> MarkedText {
        var start = 0, end = scalars.count
        let firstRef = refs.first?.offset ?? Int.max
        let lastRef = refs.last?.offset ?? Int.min
        while start < end, start < firstRef, Self.isBlank(scalars[start]) { start += 1 }
        while end > start, end > lastRef, Self.isBlank(scalars[end - 1]) { end -= 1 }
        var result = MarkedText()
        result.scalars = Array(scalars[start..<end])
        if hasPositions { result.positions = Array(positions[start..<end]) }
        result.refs = refs.map { $0.moved(to: min(max($0.offset - start, 0), end - start)) }
        return result
    }

    /// The lines of the block (split at "\n"), each trimmed, empty ones dropped.
    func lines() -> [MarkedText] {
        var result: [MarkedText] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            result.append(slicing(start, i))
            start = i + 1
        }
        result.append(slicing(start, scalars.count, last: true))
        return result.map { $0.trimmed() }.filter { !$0.isEmpty }
    }

    private func slicing(_ start: Int, _ end: Int, last: Bool = false) -> MarkedText {
        var part = slice(start, end)
        // A reference right before a line break ends that line.
        if !last { part.refs += refs.filter { $0.offset == end }.map { $0.moved(to: end - start) } }
        return part
    }

    /// The source location of the scalar at `offset`, or `fallback` where positions are not kept.
    func location(at offset: Int, file: String, fallback: SourceLocation) -> SourceLocation {
        guard hasPositions else { return fallback }
        let p = positions[min(max(offset, 0), positions.count - 1)]
        return SourceLocation(file: file, line: Int(p.line), column: Int(p.column))
    }

    /// Inline content: text runs and footnote references; a line break becomes
    /// a space, or nothing between two CJK characters.
    func inlines() -> [Inline] {
        var result: [Inline] = []
        var text = String.UnicodeScalarView()
        var refIndex = 0
        func flush() {
            if !text.isEmpty { result.append(.text(String(text))); text = String.UnicodeScalarView() }
        }
        for (i, s) in scalars.enumerated() {
            while refIndex < refs.count, refs[refIndex].offset <= i {
                flush()
                result.append(refs[refIndex].inline)
                refIndex += 1
            }
            if s == "\n" {
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if !(Self.isCJK(before) && Self.isCJK(after)) { text.append(" ") }
            } else {
                text.append(s)
            }
        }
        flush()
        for ref in refs[refIndex...] {
            result.append(ref.inline)
        }
        return result
    }

    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0C}" || s == "\u{FEFF}"
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: true
        default: false
        }
    }
}
