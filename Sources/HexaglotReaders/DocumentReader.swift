import HexaglotTree

/// Reads the bytes of one input format into the document tree the renderer
/// builds, keeping source locations.
public protocol DocumentReader {
    func read(_ bytes: [UInt8], file: String) throws -> Document
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

/// Decoding of text inputs: UTF-8 only, a byte-order mark dropped, CRLF and
/// CR turned into LF; invalid UTF-8 and NUL bytes are located errors.
enum InputText {
    static func decode(_ bytes: [UInt8], file: String) throws -> String {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var line = 1, lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0 { throw located(file, line, bytes[lineStart..<i], "NUL byte; expected UTF-8 text") }
            if b == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            let length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            guard length > 0, i + length <= bytes.endIndex,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else {
                throw located(file, line, bytes[lineStart..<i], "invalid UTF-8; expected UTF-8 text")
            }
            i += length
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
    }

    private static func located(_ file: String, _ line: Int, _ before: ArraySlice<UInt8>, _ message: String) -> HexaglotError {
        let column = String(decoding: before, as: UTF8.self).unicodeScalars.count + 1
        return .invalidInput(SourceLocation(file: file, line: line, column: column), file: file, message: message)
    }
}
