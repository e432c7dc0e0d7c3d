import Foundation
import HexaglotModel
import HexaglotReaders
import HexaglotTree

/// Reads the files given to `check` into versions: each by the reader its
/// extension names, in the language given (`--language FILE=LANG`), else the
/// one its name is tagged with (`x.es.txt`), else the one its markup declares
/// (HTML `lang`, DOCX `w:lang`, Markdown `lang:`), else the one its text is in.
public struct VersionLoader {
    public init() {}

    public func load(_ path: String, language override: String? = nil) throws -> (Version, DocumentFormat) {
        let format = try Self.format(of: path)
        let data = try Workspace.readInput(path, limit: Self.limit(for: format))
        return try load(bytes: [UInt8](data), name: path, format: format, language: override)
    }

    /// A version from bytes in memory (an upload), called `name` in its findings and
    /// errors, read by the reader of `format`; the same size caps as for files.
    public func load(bytes: [UInt8], name: String, format: DocumentFormat, language override: String? = nil) throws -> (Version, DocumentFormat) {
        let limit = Self.limit(for: format)
        guard bytes.count <= limit else { throw Workspace.inputTooLarge(name, size: UInt64(bytes.count), limit: limit) }
        let read = try format.reader.readDeclaringLanguage(bytes, file: name)
        let document = read.document
        // Detected once: the reader's detection when it had to tell the document's language.
        let detection = read.textLanguage ?? LanguageDetector.detection(of: document)
        guard let (language, source) = LanguageSource.resolve(override: override, file: name, markup: read.markupLanguage, detection: detection) else {
            throw HexaglotError.invalidInput(SourceLocation(file: name, line: 1, column: 1), file: name,
                                             message: "cannot tell the language of this file; give it with --language \(name)=<lang> or a tag in its name (x.<lang>.txt)")
        }
        return (Version(file: name, language: language, document: document, markerWidth: format.markerWidth,
                        languageSource: source, textLanguage: detection), format)
    }

    /// The versions one file holds: a bilingual file's source and target (XLIFF), named
    /// `<name>#source` and `<name>#target`, in the languages it declares; any other file, one version.
    public func loadAll(bytes: [UInt8], name: String, format: DocumentFormat, language override: String? = nil) throws -> [(Version, DocumentFormat)] {
        guard format.isBilingual else { return [try load(bytes: bytes, name: name, format: format, language: override)] }
        let limit = Self.limit(for: format)
        guard bytes.count <= limit else { throw Workspace.inputTooLarge(name, size: UInt64(bytes.count), limit: limit) }
        let versions = try XLIFFReader().readVersions(bytes, file: name)
        return zip(versions, ["source", "target"]).map { pair, side in
            (Version(file: "\(name)#\(side)", language: pair.language, document: pair.document, markerWidth: format.markerWidth,
                     languageSource: .markup, textLanguage: LanguageDetector.detection(of: pair.document)), format)
        }
    }

    /// The format a file's name says it is in, or a usage error naming the formats there are.
    public static func format(of name: String) throws -> DocumentFormat {
        guard let format = DocumentFormat.forFile(name) else {
            throw HexaglotError.usage("\(name): unknown input format; expected one of: \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")) (by extension)")
        }
        return format
    }

    /// DOCX packages have their own cap (DOCXArchive.maxPackageBytes, 50 MB), checked before reading too.
    static func limit(for format: DocumentFormat) -> Int {
        format == .docx ? 50 * 1024 * 1024 : Workspace.maxInputBytes
    }

    /// Every form of every State's name, by language, from a workspace's `Locales/*/states.yaml`.
    public static func stateNames(in workspace: Workspace) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for language in (try? workspace.languages()) ?? [] {
            guard let pack = try? workspace.loadLanguage(language) else { continue }
            result[language] = pack.terminology.states.values.flatMap { entry in
                entry.forms.values.flatMap { $0 }.map { prose in
                    prose.prose.segments.map { if case .text(let t) = $0 { t } else { "" } }.joined()
                }
            }.filter { $0.unicodeScalars.count >= 2 }
        }
        return result
    }
}

extension DocumentFormat {
    /// How many characters an inline footnote marker takes in this format's source.
    public var markerWidth: @Sendable (Int) -> Int {
        switch self {
        case .text: return { number in 13 + String(number).count + 1 }  // "[footnoteRef:" N "]"
        case .markdown: return { number in 2 + String(number).count + 1 }  // "[^" N "]"
        // HTML nodes are located at their block's start tag, DOCX ones by paragraph: no column to keep.
        case .html, .docx, .xliff: return { _ in 0 }
        }
    }
}
