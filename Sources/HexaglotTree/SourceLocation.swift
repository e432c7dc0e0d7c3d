/// Where a node or an error comes from: a file with line and column (1-based),
/// or, for DOCX, a part of the package and a paragraph index within it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// A DOCX part such as `word/document.xml`; `line` is then the paragraph index.
    public var part: String?

    public init(file: String, line: Int, column: Int, part: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.part = part
    }

    public var description: String {
        if let part { return "\(file)[\(part)]:paragraph \(line)" }
        return "\(file):\(line):\(column)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.part ?? "", a.line, a.column) < (b.file, b.part ?? "", b.line, b.column)
    }
}
