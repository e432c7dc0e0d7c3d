/// Decoding of every text input (models, locales, templates, documents to check):
/// UTF-8 only, a byte-order mark dropped, CRLF and lone CR turned into LF; a NUL
/// byte or invalid UTF-8 is an error located at its line and column.
public enum UTF8Text {
    public static func decode<Bytes: Collection<UInt8>>(_ input: Bytes, file: String) throws -> String {
        var bytes = ArraySlice(input)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // One validation of the whole buffer is the common case; the byte-by-byte
        // scan only runs to say where the first bad byte is.
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw firstError(in: bytes, file: file)
        }
        guard bytes.contains(0x0D) else { return text }
        return text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
    }

    /// The located error for the first NUL byte or invalid UTF-8 sequence of `bytes`.
    private static func firstError(in bytes: ArraySlice<UInt8>, file: String) -> HexaglotError {
        var line = 1, lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0 { return located(file, line, bytes[lineStart..<i], "NUL byte; expected UTF-8 text") }
            if b == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            let length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            guard length > 0, i + length <= bytes.endIndex,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else {
                return located(file, line, bytes[lineStart..<i], "invalid UTF-8; expected UTF-8 text")
            }
            i += length
        }
        // Not reached when the whole-buffer validation failed; said rather than trapped.
        return .invalidInput(SourceLocation(file: file, line: 1, column: 1), file: file,
                             message: "invalid UTF-8; expected UTF-8 text")
    }

    private static func located(_ file: String, _ line: Int, _ before: ArraySlice<UInt8>, _ message: String) -> HexaglotError {
        let column = String(decoding: before, as: UTF8.self).unicodeScalars.count + 1
        return .invalidInput(SourceLocation(file: file, line: line, column: column), file: file, message: message)
    }
}
