import HexaglotTree

/// How a division's label is written in one language: literal text around
/// `{n}` (the division's own number, in a style: `{n}`, `{n|roman}`,
/// `{n|letters}`, `{n|spellout}` or any number style the locale names) and
/// `{1}`, `{2}` … (the levels above it, in digits): "Article {n}",
/// "第{n|spellout}条", "{1}.{n|letters}".
public struct LabelPattern: Hashable, Sendable, CustomStringConvertible {
    public enum Piece: Hashable, Sendable {
        case text(String)
        /// The last level, in the named style (nil: digits).
        case number(style: String?)
        /// A level above, 1-based, in digits.
        case level(Int)
    }
    public var pieces: [Piece]
    public var source: String

    public init(parsing source: String) throws(ProseSyntaxError) {
        let prose = try Prose(parsing: Self.asProse(source))
        var pieces: [Piece] = []
        for segment in prose.segments {
            switch segment {
            case .text(let text): pieces.append(.text(text))
            case .placeholder(let p):
                if p.ref == "n" {
                    guard p.modifiers.count <= 1 else {
                        throw ProseSyntaxError(offset: p.offset, message: "a label number takes one style at most: {n|style}")
                    }
                    pieces.append(.number(style: p.modifiers.first))
                } else if let level = Int(p.ref), level >= 1, p.modifiers.isEmpty {
                    pieces.append(.level(level))
                } else {
                    throw ProseSyntaxError(offset: p.offset, message: "expected {n}, {n|style} or a level {1}, {2} … in a label pattern")
                }
            }
        }
        guard pieces.contains(where: { if case .number = $0 { true } else { false } }) else {
            throw ProseSyntaxError(offset: 0, message: "a label pattern must hold the number as {n} or {n|style}")
        }
        self.pieces = pieces
        self.source = source
    }

    /// "{n|roman}" → "{number:n|roman}", so the prose parser reads the pattern.
    private static func asProse(_ source: String) -> String {
        var out = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let next = rest.index(after: open)
            if next < rest.endIndex, rest[next] == "{" { out += "{{"; rest = rest[rest.index(after: next)...]; continue }
            out += "{number:"
            rest = rest[next...]
        }
        return out + rest
    }

    public var description: String { source }
}
