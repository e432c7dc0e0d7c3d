import HexaglotTree

/// Turns a document tree into the bytes of one output format.
public protocol DocumentWriter {
    func write(_ document: Document) throws -> [UInt8]
}

extension DocumentFormat {
    /// The one registry from format to writer: the CLI and the service never know a format's internals.
    public var writer: any DocumentWriter {
        switch self {
        case .text: TextWriter()
        case .markdown: MarkdownWriter()
        case .html: HTMLWriter()
        case .docx: DOCXWriter()
        case .xliff: XLIFFWriter()
        }
    }
}
