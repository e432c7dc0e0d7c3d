import HexaglotTree

/// Turns a document tree into the bytes of one output format.
public protocol DocumentWriter {
    func write(_ document: Document) throws -> [UInt8]
}

/// The output formats, and the one registry from format to writer (as
/// pandoc's `Writers.hs`): the CLI never knows a format's internals.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case html
    case docx

    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .docx: "docx"
        }
    }

    public var writer: any DocumentWriter {
        switch self {
        case .text: TextWriter()
        case .markdown: MarkdownWriter()
        case .html: HTMLWriter()
        case .docx: DOCXWriter()
        }
    }
}
