import HexaglotTree
import Yams

/// A YAML node with its file, for decoding with located errors: every
/// accessor that finds the wrong shape throws `HexaglotError.invalidInput`
/// naming file:line:column and what was expected there.
struct YAMLNode {
    let node: Node
    let source: YAMLSource
    var file: String { source.file }

    /// Parses `text` (the contents of `file`) into its root node.
    static func parse(_ text: String, file: String) throws -> YAMLNode {
        try YAMLAliasCheck.refuseAliases(in: text, file: file)
        do {
            // No implicit tags: every scalar is read as text and typed by the decoder (with
            // located errors), so Yams's regular-expression resolver (which loads
            // Foundation's own ICU) would only cost start-up time.
            guard let root = try Parser(yaml: text, resolver: .basic).singleRoot() else {
                throw HexaglotError.invalidInput(
                    SourceLocation(file: file, line: 1, column: 1), file: file,
                    message: "expected a YAML mapping, found an empty document")
            }
            return YAMLNode(node: root, source: YAMLSource(file: file, text: text))
        } catch let error as YamlError {
            throw HexaglotError.invalidInput(Self.location(of: error, file: file), file: file,
                                             message: "malformed YAML: \(Self.problem(of: error))")
        }
    }

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String) -> HexaglotError {
        .invalidInput(location, file: file, message: message)
    }

    private var shapeName: String {
        switch node {
        case .scalar(let s): "the scalar '\(s.string)'"
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .alias: "an alias"
        }
    }

    // MARK: Mappings

    /// The key/value pairs of a mapping, in file order; duplicate keys are an error.
    func mappingPairs(_ what: String) throws -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard case .mapping(let mapping) = node else {
            throw error("expected \(what) (a mapping), found \(shapeName)")
        }
        var seen = Set<String>()
        return try mapping.map { pair in
            let keyNode = YAMLNode(node: pair.key, source: source)
            guard case .scalar(let key) = pair.key else {
                throw keyNode.error("expected a plain key in \(what)")
            }
            guard seen.insert(key.string).inserted else {
                throw keyNode.error("duplicate key '\(key.string)' in \(what)")
            }
            return (key.string, keyNode, YAMLNode(node: pair.value, source: source))
        }
    }

    /// A mapping whose keys must all be among `allowed`; returns the values by key.
    func fields(_ what: String, allowed: Set<String>) throws -> [String: YAMLNode] {
        var result: [String: YAMLNode] = [:]
        for (key, keyNode, value) in try mappingPairs(what) {
            guard allowed.contains(key) else {
                throw keyNode.error("unknown key '\(key)' in \(what); expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
            result[key] = value
        }
        return result
    }

    // MARK: Scalars and sequences

    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw error("expected \(what) (a string), found \(shapeName)")
        }
        return scalar.string
    }

    func int(_ what: String) throws -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            throw error("expected \(what) (a whole number), found \(shapeName)")
        }
        return value
    }

    /// `~`, `null` or nothing, written plain.
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["~", "null", ""].contains(scalar.string)
    }

    /// A label pattern ("Article {n}"), with syntax errors located in the file.
    func labelPattern(_ what: String) throws -> LabelPattern {
        let text = try string(what)
        do {
            return try LabelPattern(parsing: text)
        } catch let error {
            throw HexaglotError.invalidInput(locator.location(of: error.offset, in: text), file: file, message: error.message)
        }
    }

    func sequence(_ what: String) throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node else {
            throw error("expected \(what) (a sequence), found \(shapeName)")
        }
        return sequence.map { YAMLNode(node: $0, source: source) }
    }

    func strings(_ what: String) throws -> [String] {
        try sequence(what).map { try $0.string("an item of \(what)") }
    }

    /// Maps offsets inside this scalar's text to file positions (see `ProseLocator`).
    var locator: ProseLocator {
        guard case .scalar(let scalar) = node, let mark = scalar.mark else {
            return ProseLocator(base: location, mode: .opaque)
        }
        switch scalar.style {
        case .plain, .singleQuoted, .doubleQuoted:
            if scalar.string.contains("\n") { return ProseLocator(base: location, mode: .opaque) }
            return ProseLocator(base: location, mode: .inline(skip: scalar.style == .plain ? 0 : 1))
        case .literal, .folded:
            // Block scalars start on the line after the indicator.
            let indent = mark.line < source.lines.count ? source.lines[mark.line].prefix { $0 == " " }.count : 0
            return ProseLocator(base: SourceLocation(file: file, line: mark.line + 1, column: indent + 1),
                                mode: .block(indent: indent))
        default:
            return ProseLocator(base: location, mode: .opaque)
        }
    }

    /// Prose parsed from this scalar, with syntax errors located in the file.
    func prose(_ what: String) throws -> LocatedProse {
        let text = try string(what)
        let locator = self.locator
        do {
            return LocatedProse(prose: try Prose(parsing: text), locator: locator)
        } catch let error {
            throw HexaglotError.invalidInput(locator.location(of: error.offset, in: text), file: file,
                                             message: error.message)
        }
    }

    // MARK: Errors from libyaml

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            [context.map { "\($0.text)" }, problem].compactMap { $0 }.joined(separator: ": ")
        case .reader(let problem, _, _, _):
            problem
        default:
            "\(error)"
        }
    }
}

/// The text of a YAML file, kept for locating errors inside block scalars.
final class YAMLSource: Sendable {
    let file: String
    let lines: [Substring]
    init(file: String, text: String) {
        self.file = file
        self.lines = text.lines
    }
}

/// Turns a scalar offset inside prose into file:line:column. Exact for
/// one-line plain and quoted scalars and for literal blocks (folded blocks:
/// exact line when the text kept its breaks); otherwise the scalar's start.
public struct ProseLocator: Hashable, Sendable {
    public enum Mode: Hashable, Sendable {
        case inline(skip: Int)
        case block(indent: Int)
        case opaque
    }
    public var base: SourceLocation
    public var mode: Mode

    public func location(of offset: Int, in text: String) -> SourceLocation {
        var result = base
        switch mode {
        case .inline(let skip):
            result.column += skip + offset
        case .block:
            // One pass, no allocation: the renderer locates every placeholder it meets.
            var breaks = 0, lastBreak = 0, seen = 0
            for scalar in text.unicodeScalars {
                guard seen < offset else { break }
                seen += 1
                if scalar == "\n" { breaks += 1; lastBreak = seen }
            }
            result.line += breaks
            result.column += offset - lastBreak
        case .opaque:
            break
        }
        return result
    }
}

/// Prose with the means to locate any of its placeholders in its file.
public struct LocatedProse: Hashable, Sendable {
    public let prose: Prose
    public let locator: ProseLocator
    /// The location of each placeholder, in order, found once when the template is
    /// read (the renderer locates every placeholder of every render).
    public let placeholderLocations: [SourceLocation]
    public var location: SourceLocation { locator.base }

    public init(prose: Prose, locator: ProseLocator) {
        self.prose = prose
        self.locator = locator
        self.placeholderLocations = Self.locations(of: prose, with: locator)
    }

    public func location(of placeholder: Placeholder) -> SourceLocation {
        locator.location(of: placeholder.offset, in: prose.source)
    }

    public func location(ofOffset offset: Int) -> SourceLocation {
        locator.location(of: offset, in: prose.source)
    }

    /// In one pass over the text (one placeholder at a time is quadratic).
    private static func locations(of prose: Prose, with locator: ProseLocator) -> [SourceLocation] {
        let offsets = prose.placeholders.map(\.offset)
        guard case .block = locator.mode else { return offsets.map { locator.location(of: $0, in: prose.source) } }
        var result: [SourceLocation] = []
        result.reserveCapacity(offsets.count)
        var breaks = 0, lastBreak = 0, seen = 0
        var scalars = prose.source.unicodeScalars.makeIterator()
        for offset in offsets {
            while seen < offset, let scalar = scalars.next() {
                seen += 1
                if scalar == "\n" { breaks += 1; lastBreak = seen }
            }
            var location = locator.base
            location.line += breaks
            location.column += offset - lastBreak
            result.append(location)
        }
        return result
    }
}
