import HexaglotTree

/// A piece of template or locale prose, split into literal text and typed
/// placeholders: `{kind:ref}` or `{kind:ref|modifier|…}`. `{{` and `}}` stand for
/// literal braces. Kinds are the value kinds plus `term`, `footnote` and
/// `verbatim` (text kept as a version published it, untyped: a fact on which
/// the versions disagree, which `hexaglot import` leaves as written).
public struct Prose: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case text(String)
        case placeholder(Placeholder)
    }

    public var segments: [Segment]
    public var source: String

    public var placeholders: [Placeholder] {
        segments.compactMap { if case .placeholder(let p) = $0 { p } else { nil } }
    }
}

public struct Placeholder: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case value(ValueKind)
        case term
        case footnote
        case verbatim

        public init?(name: String) {
            switch name {
            case "term": self = .term
            case "footnote": self = .footnote
            case "verbatim": self = .verbatim
            default:
                guard let kind = ValueKind(rawValue: name) else { return nil }
                self = .value(kind)
            }
        }

        public var name: String {
            switch self {
            case .value(let k): k.rawValue
            case .term: "term"
            case .footnote: "footnote"
            case .verbatim: "verbatim"
            }
        }

        public static var allNames: [String] { ["term", "footnote", "verbatim"] + ValueKind.allCases.map(\.rawValue) }
    }

    public var kind: Kind
    public var ref: String
    public var modifiers: [String]
    /// Offset of the opening brace in the prose, in Unicode scalars (for locations).
    public var offset: Int
}

/// A syntax error in prose, at a scalar offset (turned into file:line:column by the caller).
public struct ProseSyntaxError: Error, Hashable, Sendable {
    public var offset: Int
    public var message: String
}

extension Prose {
    public init(parsing source: String) throws(ProseSyntaxError) {
        self.source = source
        var segments: [Segment] = []
        var text = ""
        let scalars = source.scalarArray
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                text.unicodeScalars.append("{"); i += 2; continue
            }
            if c == "}", i + 1 < scalars.count, scalars[i + 1] == "}" {
                text.unicodeScalars.append("}"); i += 2; continue
            }
            if c == "}" {
                throw ProseSyntaxError(offset: i, message: "unbalanced '}': write '}}' for a literal brace")
            }
            guard c == "{" else { text.unicodeScalars.append(c); i += 1; continue }
            guard let close = scalars[(i + 1)...].firstIndex(where: { $0 == "}" || $0 == "{" }), scalars[close] == "}" else {
                throw ProseSyntaxError(offset: i, message: "unterminated placeholder: expected '{kind:ref}'")
            }
            let body = String(scalars: scalars[(i + 1)..<close])
            let placeholder = try Self.placeholder(body, offset: i)
            if !text.isEmpty { segments.append(.text(text)); text = "" }
            segments.append(.placeholder(placeholder))
            i = close + 1
        }
        if !text.isEmpty { segments.append(.text(text)) }
        self.segments = segments
    }

    private static func placeholder(_ body: String, offset: Int) throws(ProseSyntaxError) -> Placeholder {
        let parts = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let head = parts[0].split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard head.count == 2, !head[1].isEmpty else {
            throw ProseSyntaxError(offset: offset, message: "bad placeholder '{\(body)}': expected '{kind:ref}'")
        }
        guard let kind = Placeholder.Kind(name: head[0]) else {
            throw ProseSyntaxError(offset: offset, message:
                "unknown placeholder kind '\(head[0])' in '{\(body)}'; expected one of: \(Placeholder.Kind.allNames.joined(separator: ", "))")
        }
        let modifiers = Array(parts.dropFirst())
        if modifiers.contains(where: \.isEmpty) {
            throw ProseSyntaxError(offset: offset, message: "empty modifier in '{\(body)}'")
        }
        return Placeholder(kind: kind, ref: head[1], modifiers: modifiers, offset: offset)
    }
}
