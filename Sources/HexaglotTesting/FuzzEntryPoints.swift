import Foundation
import HexaglotCheck
import HexaglotModel
import HexaglotReaders
import HexaglotTree

/// The code paths the fuzz targets (Fuzz/) and the corpus replay test share:
/// bytes in, each reader or parser run as the CLI runs it. A `HexaglotError`
/// is the expected way to refuse bad bytes and is returned; any other error
/// propagates. In HexaglotTesting, which no shipped product holds: it sees the
/// model (YAML, prose), the readers and the checker, which runs on what a reader returns.
public enum FuzzEntryPoints {
    public enum Target: String, CaseIterable, Sendable {
        case modelYAML = "model-yaml"
        case templateYAML = "template-yaml"
        case localeYAML = "locale-yaml"
        case prose
        case text
        case markdown
        case html
        case docx
        /// The bytes as `word/document.xml` of an otherwise valid package, so that
        /// mutations reach the XML and Word readers instead of failing the ZIP's checksums.
        case docxDocumentXML = "docx-xml"

        /// The file name errors are reported against.
        public var fileName: String {
            switch self {
            case .modelYAML: "fuzz/note.yaml"
            case .templateYAML: "fuzz/template.yaml"
            case .localeYAML: "fuzz/locale.yaml"
            case .prose: "fuzz/prose.yaml"
            case .text: "fuzz/input.txt"
            case .markdown: "fuzz/input.md"
            case .html: "fuzz/input.html"
            case .docx, .docxDocumentXML: "fuzz/input.docx"
            }
        }
    }

    /// Runs `target` on `bytes`; returns the `HexaglotError` it refused them with, or nil.
    public static func run(_ target: Target, _ bytes: [UInt8]) throws -> HexaglotError? {
        do {
            try runUnguarded(target, bytes)
            return nil
        } catch let error as HexaglotError {
            return error
        }
    }

    /// What is wrong with an error a target returned (nil when nothing is):
    /// it must name the input file, carry a location or the file, and print on one line
    /// with no control character.
    public static func problem(with error: HexaglotError, target: Target) -> String? {
        let file = target.fileName
        let text = error.description
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) {
            return "error prints a line break or control character: \(text.debugDescription)"
        }
        switch error {
        case .invalidInput(let location, let errorFile, _), .inconsistent(let location, let errorFile, _):
            guard errorFile == file else { return "error names '\(errorFile)', not the input '\(file)': \(text)" }
            if let location, !location.file.hasPrefix(file) || location.line < 1 || location.column < 1 {
                return "error location \(location) is not in the input '\(file)'"
            }
            return nil
        case .io(let path, _):
            return path == file ? nil : "io error names '\(path)', not the input '\(file)'"
        case .usage, .internalFailure:
            return "a reader must refuse bytes with a located input error, not: \(text)"
        }
    }

    private static func runUnguarded(_ target: Target, _ bytes: [UInt8]) throws {
        let file = target.fileName
        switch target {
        case .modelYAML:
            _ = try NoteModel.decode(yaml: try UTF8Text.decode(bytes, file: file), file: file)
        case .templateYAML:
            _ = try DocumentTemplate.decode(yaml: try UTF8Text.decode(bytes, file: file), file: file)
        case .localeYAML:
            _ = try LocaleSpec.decode(yaml: try UTF8Text.decode(bytes, file: file), file: file)
        case .prose:
            try parseProse(try UTF8Text.decode(bytes, file: file), file: file)
        case .text, .markdown, .html, .docx, .docxDocumentXML:
            let format = DocumentFormat.forFile(file)!
            let input = target == .docxDocumentXML ? StoredZip.archive(["word/document.xml": bytes]) : bytes
            let document = try format.reader.read(input, file: file)
            // What `check` does next with a file it could read: the version against itself.
            let version = Version(file: file, language: document.language.isEmpty ? "en" : document.language,
                                  document: document, markerWidth: format.markerWidth)
            _ = Checker().check(CheckContext(versions: [version, version]))
        }
    }

    /// Prose as a template holds it (a literal block starting at line 1 of `file`);
    /// an error offset must lie in the text and every placeholder must point at a '{'.
    private static func parseProse(_ text: String, file: String) throws {
        let scalars = text.scalarArray
        let prose: Prose
        do {
            prose = try Prose(parsing: text)
        } catch {
            precondition((0...scalars.count).contains(error.offset), "prose error offset \(error.offset) outside 0...\(scalars.count)")
            let before = scalars[..<error.offset]
            let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
            let location = SourceLocation(file: file, line: before.filter { $0 == "\n" }.count + 1, column: error.offset - lineStart + 1)
            throw HexaglotError.invalidInput(location, file: file, message: error.message)
        }
        for placeholder in prose.placeholders {
            precondition(scalars.indices.contains(placeholder.offset) && scalars[placeholder.offset] == "{",
                         "placeholder offset \(placeholder.offset) does not point at '{'")
        }
    }
}

/// A ZIP archive of stored (uncompressed) entries with correct checksums.
public enum StoredZip {
    public static func archive(_ entries: [String: [UInt8]]) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        func u16(_ v: Int, _ b: inout [UInt8]) { b += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32, _ b: inout [UInt8]) { b += (0..<4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        for (name, data) in entries.sorted(by: { $0.key < $1.key }) {
            let nameBytes = Array(name.utf8), crc = crc32(data), offset = UInt32(out.count)
            func common(_ b: inout [UInt8]) {
                u16(20, &b); u16(0, &b); u16(0, &b); u16(0, &b); u16(0x21, &b)  // version, flags, stored, time, date
                u32(crc, &b); u32(UInt32(data.count), &b); u32(UInt32(data.count), &b); u16(nameBytes.count, &b); u16(0, &b)
            }
            u32(0x0403_4B50, &out); common(&out); out += nameBytes; out += data
            u32(0x0201_4B50, &directory); u16(20, &directory); common(&directory)
            u16(0, &directory); u16(0, &directory); u16(0, &directory); u32(0, &directory); u32(offset, &directory)
            directory += nameBytes
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(directory.count), &out); u32(directoryOffset, &out); u16(0, &out)
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
