/// The formats a document is written in and read from: one type, next to the
/// tree, with what each format is (extension, media type). The reader and the
/// writer of each are `reader` (HexaglotReaders) and `writer` (HexaglotWriters),
/// switched on exhaustively, so a new format is a compile error until every
/// part of it exists (as pandoc's `Readers.hs` and `Writers.hs` registries).
public enum DocumentFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case html
    case docx
    /// XLIFF 2.1 to write (one unit per block, source only); read as 1.2 or 2.x, a bilingual file as two versions.
    case xliff

    /// The extension Hexaglot writes.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .docx: "docx"
        case .xliff: "xlf"
        }
    }

    /// Every extension read as this format (case does not matter).
    public var readExtensions: [String] {
        switch self {
        case .text: ["txt", "text"]
        case .markdown: ["md", "markdown"]
        case .html: ["html", "htm"]
        case .docx: ["docx"]
        case .xliff: ["xlf", "xliff"]
        }
    }

    /// The media type (IANA), with the charset for text types.
    public var mediaType: String {
        switch self {
        case .text: "text/plain; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xliff: "application/xliff+xml"
        }
    }

    /// Whether one file holds two versions (XLIFF: its source and its target).
    public var isBilingual: Bool { self == .xliff }

    /// The format a file's name says it is in, by what follows its last dot.
    public static func forFile(_ path: String) -> DocumentFormat? {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return allCases.first { $0.readExtensions.contains(ext) }
    }
}
