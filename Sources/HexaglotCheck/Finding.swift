import HexaglotTree

/// One disagreement between versions, as a value (rules never print): the
/// rule that found it, how serious it is, what is wrong, and where, in each
/// version involved, with a short excerpt of each side.
public struct Finding: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// One version's side of a finding.
    public struct Side: Hashable, Sendable, Codable {
        public var language: String
        public var file: String
        public var line: Int?
        public var column: Int?
        /// The DOCX part, when the location is a paragraph of a DOCX file.
        public var part: String?
        public var excerpt: String

        public init(language: String, file: String, location: SourceLocation?, excerpt: String) {
            self.language = language
            self.file = file
            self.line = location?.line
            self.column = location?.part == nil ? location?.column : nil
            self.part = location?.part
            self.excerpt = excerpt
        }

        public var locationDescription: String {
            if let part, let line { return "\(file)[\(part)]:paragraph \(line)" }
            guard let line else { return file }
            return "\(file):\(line):\(column ?? 1)"
        }
    }

    public var rule: String
    public var severity: Severity
    public var message: String
    /// The node as the documents name it ("paragraph 8 (c)", "Article 2, paragraph 3", "footnote 3").
    public var node: String
    public var sides: [Side]
    /// The row of the alignment the finding is about, when it is about one (for placing it in side-by-side reports).
    public var key: NodeKey?

    public init(rule: String, severity: Severity, message: String, node: String, key: NodeKey? = nil, sides: [Side]) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.node = node
        self.key = key
        self.sides = sides
    }

    private enum CodingKeys: String, CodingKey {
        case rule, severity, message, node, sides
    }
}
