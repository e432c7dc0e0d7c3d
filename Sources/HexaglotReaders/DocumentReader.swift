import HexaglotTree

/// Reads the bytes of one input format into the document tree the renderer
/// builds, keeping source locations.
public protocol DocumentReader {
    func read(_ bytes: [UInt8], file: String) throws -> Document
    /// The document, with what the file says of its language.
    func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> ReadDocument
}

/// A document as read, with what the file says of its language.
public struct ReadDocument: Sendable {
    public var document: Document
    /// The UN language the file's own markup declares (HTML `lang`, DOCX `w:lang`,
    /// Markdown front matter), nil where it declares none (plain text never does).
    public var markupLanguage: String?
    /// What the text says of its language where the reader detected it to tell the
    /// document's (nil where the markup told it): detected once, the checker takes it.
    public var textLanguage: LanguageDetector.Detection?
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
