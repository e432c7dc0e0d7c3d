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

/// The input formats, and the one registry from format to reader.
public enum InputFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case html
    case docx

    public var reader: any DocumentReader {
        switch self {
        case .text: TextReader()
        case .markdown: MarkdownReader()
        case .html: HTMLReader()
        case .docx: DOCXReader()
        }
    }

    /// The format a file's name says it is in.
    public static func forFile(_ path: String) -> InputFormat? {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "docx": return .docx
        default: return nil
        }
    }
}
