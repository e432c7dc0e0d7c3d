import CYaml
import HexaglotTree

/// A template file as text with its prose leaves: every string scalar under any mapping, by key
/// path ("title", "paragraphs.support"), in file order, with where its value is written. Walked
/// generically (any section a template gains is a key path like the others), and edited in
/// place: `replacing` rewrites only the values that change, so key order, comments and every
/// other byte of the file stay as they were (what a translator's round trip needs).
public struct TemplateText: Sendable {
    public struct Leaf: Hashable, Sendable {
        /// The keys from the root, joined by ".".
        public var path: String
        public var value: String
        public var location: SourceLocation
        /// Where the value is written, in Unicode scalars of `text` (quotes and block indicator included).
        var range: Range<Int>
        /// The column of its key (its siblings are written at the same one).
        var keyColumn: Int
        /// Written plain (unquoted, on the key's line), so a new value that can be is written plain too.
        var isPlain: Bool
    }

    public var file: String
    public var text: String
    public private(set) var leaves: [Leaf]

    public func leaf(_ path: String) -> Leaf? { leaves.first { $0.path == path } }

    /// Reads `text` (the contents of `file`); malformed YAML is a located error (from the same parser the templates are decoded with).
    public init(_ text: String, file: String) throws {
        _ = try YAMLNode.parse(text, file: file)
        self.file = file
        self.text = text
        self.leaves = Self.walk(text, file: file)
    }

    /// A template that does not exist yet (every value will be added).
    public static func empty(file: String) -> TemplateText {
        TemplateText(file: file, text: "", leaves: [])
    }

    private init(file: String, text: String, leaves: [Leaf]) {
        self.file = file
        self.text = text
        self.leaves = leaves
    }

    /// The file with `changes` (path, value; keys added in this order) written in: a value that differs is
    /// rewritten in place (plain when it was and can be, else double-quoted by `ModelYAML`); a path the file
    /// lacks is added after the last key of its mapping (the mapping added at the end of the file when
    /// missing). Unchanged values keep their bytes.
    public func replacing(_ changes: [(path: String, value: String)]) -> String {
        var scalars = text.scalarArray
        var edits: [(range: Range<Int>, text: String)] = []
        var additions: [String: [(key: String, value: String)]] = [:]
        var additionOrder: [String] = []
        for (path, value) in changes {
            if let leaf = leaf(path) {
                if leaf.value != value { edits.append((leaf.range, leaf.isPlain && Self.canBePlain(value) ? value : ModelYAML.quoted(value))) }
                continue
            }
            let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let parent = parts.dropLast().joined(separator: ".")
            if additions[parent] == nil { additionOrder.append(parent) }
            additions[parent, default: []].append((parts.last!, value))
        }
        var appended = ""
        for parent in additionOrder {
            let pairs = additions[parent]!
            if let last = leaves.last(where: { $0.path.hasPrefix(parent.isEmpty ? "" : parent + ".") && $0.path.dropFirst(parent.isEmpty ? 0 : parent.count + 1).contains(".") == false }) {
                let indent = String(repeating: " ", count: last.keyColumn - 1)
                let lines = pairs.map { "\n" + indent + $0.key + ": " + ModelYAML.quoted($0.value) }.joined()
                edits.append((last.range.upperBound..<last.range.upperBound, lines))
            } else {
                // A mapping the file lacks: written at its end, its keys nested below it.
                let keys = parent.isEmpty ? [] : parent.split(separator: ".").map(String.init)
                appended += keys.enumerated().map { String(repeating: "  ", count: $0.offset) + $0.element + ":\n" }.joined()
                let indent = String(repeating: "  ", count: keys.count)
                appended += pairs.map { indent + $0.key + ": " + ModelYAML.quoted($0.value) + "\n" }.joined()
            }
        }
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            scalars.replaceSubrange(edit.range, with: edit.text.unicodeScalars)
        }
        var result = String(scalars: scalars)
        if !appended.isEmpty {
            if !result.isEmpty && !result.hasSuffix("\n") { result += "\n" }
            result += (result.isEmpty ? "" : "\n") + appended
        }
        return result
    }

    /// Whether `value` reads back as itself written plain after a key on one line: no indicator first,
    /// no ": " or " #", no line break, no space at either end, nothing the templates write as an escape.
    static func canBePlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if value.contains(": ") || value.contains(" #") { return false }
        if Double(value) != nil || ["true", "false", "yes", "no", "on", "off", "null", "~"].contains(value.lowercased()) { return false }
        return value.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0xA0).contains($0.value) && $0 != "\u{202F}" && $0 != "\u{2028}" && $0 != "\u{2029}" && $0 != "\u{FEFF}" }
    }

    /// The string leaves by libyaml's events, which carry where each scalar starts and ends.
    private static func walk(_ text: String, file: String) -> [Leaf] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        var text = text
        return text.withUTF8 { bytes in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            // One frame per open collection: its key path, whether a key is awaited, the pending key.
            struct Frame { var path: [String]; var isMapping: Bool; var key: (name: String, column: Int)?; var index = 0 }
            var stack: [Frame] = []
            var leaves: [Leaf] = []
            func enter(_ isMapping: Bool) -> Frame {
                guard var top = stack.last else { return Frame(path: [], isMapping: isMapping) }
                let name = top.isMapping ? top.key?.name ?? "" : String(top.index)
                let path = top.path + [name]
                if top.isMapping { top.key = nil } else { top.index += 1 }
                stack[stack.count - 1] = top
                return Frame(path: path, isMapping: isMapping)
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return leaves }
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return leaves
                case YAML_MAPPING_START_EVENT:
                    stack.append(enter(true))
                case YAML_SEQUENCE_START_EVENT:
                    stack.append(enter(false))
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    stack.removeLast()
                case YAML_SCALAR_EVENT:
                    guard var top = stack.last else { continue }
                    let scalar = event.data.scalar
                    let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                    let start = event.start_mark
                    if top.isMapping, top.key == nil {
                        top.key = (value, Int(start.column) + 1)
                        stack[stack.count - 1] = top
                        continue
                    }
                    let name = top.isMapping ? top.key!.name : String(top.index)
                    let keyColumn = top.isMapping ? top.key!.column : Int(start.column) + 1
                    if top.isMapping { top.key = nil } else { top.index += 1 }
                    stack[stack.count - 1] = top
                    leaves.append(Leaf(path: (top.path + [name]).joined(separator: "."), value: value,
                                       location: SourceLocation(file: file, line: Int(start.line) + 1, column: Int(start.column) + 1),
                                       range: Int(start.index)..<Int(event.end_mark.index), keyColumn: keyColumn,
                                       isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE && start.line == event.end_mark.line))
                default:
                    continue
                }
            }
        }.map { [scalars = text.scalarArray] leaf in
            // A block scalar's end mark lies past its last line break and the next line's indentation.
            var leaf = leaf
            var end = leaf.range.upperBound
            while end > leaf.range.lowerBound {
                let c = scalars[end - 1]
                guard c == " " || c == "\n" else { break }
                end -= 1
            }
            leaf.range = leaf.range.lowerBound..<end
            return leaf
        }
    }
}

extension Placeholder {
    /// The placeholder as a template writes it: `{kind:ref}`, `{kind:ref|modifier}`.
    public var text: String {
        "{" + kind.name + ":" + ref + modifiers.map { "|" + $0 }.joined() + "}"
    }
}

extension LocatedProse {
    /// Prose that is not read from a file (one placeholder shown on its own): located at `location` as a whole.
    public init(detached prose: Prose, at location: SourceLocation) {
        self.init(prose: prose, locator: ProseLocator(base: location, mode: .opaque))
    }
}
