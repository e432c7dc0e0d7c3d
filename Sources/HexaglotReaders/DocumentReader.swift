import HexaglotTree

/// Reads the bytes of one input format into the document tree the renderer
/// builds, keeping source locations.
public protocol DocumentReader {
    func read(_ bytes: [UInt8], file: String) throws -> Document
    /// The document, and the UN language the file's own markup declares (HTML
    /// `lang`, DOCX `w:lang`, Markdown front matter), nil where it declares none.
    func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> (document: Document, markupLanguage: String?)
}

extension DocumentReader {
    /// A format without markup (plain text) declares no language.
    public func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> (document: Document, markupLanguage: String?) {
        (try read(bytes, file: file), nil)
    }
}

extension DocumentFormat {
    /// The one registry from format to reader.
    public var reader: any DocumentReader {
        switch self {
        case .text: TextReader()
        case .markdown: MarkdownReader()
        case .html: HTMLReader()
        case .docx: DOCXReader()
        case .xliff: XLIFFReader()
        }
    }
}
