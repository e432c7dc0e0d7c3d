import Foundation
import HexaglotModel
import HexaglotReaders
import HexaglotTree

/// Reads the files given to `check` into versions: each by the reader its
/// extension names, its language from the file itself unless overridden.
public struct VersionLoader {
    public init() {}

    public func load(_ path: String, language override: String? = nil) throws -> (Version, InputFormat) {
        guard let format = InputFormat.forFile(path) else {
            throw HexaglotError.usage("\(path): unknown input format; expected one of: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (by extension)")
        }
        // DOCX packages have their own cap (DOCXArchive.maxPackageBytes, 50 MB), checked here before reading too.
        let data = try Workspace.readInput(path, limit: format == .docx ? 50 * 1024 * 1024 : Workspace.maxInputBytes)
        let document = try format.reader.read([UInt8](data), file: path)
        let language = override ?? document.language
        guard !language.isEmpty else {
            throw HexaglotError.invalidInput(SourceLocation(file: path, line: 1, column: 1), file: path,
                                             message: "cannot tell the language of this file; give it with --language \(path)=<lang>")
        }
        return (Version(file: path, language: language, document: document, markerWidth: format.markerWidth), format)
    }

    /// Several files at once (in parallel); the results, and the first error, in the order of `paths`.
    public func loadAll(_ paths: [String], languages: [String: String] = [:]) throws -> [(Version, InputFormat)] {
        try Parallel.map(paths) { path in try VersionLoader().load(path, language: languages[path]) }
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

extension InputFormat {
    /// How many characters an inline footnote marker takes in this format's source.
    var markerWidth: @Sendable (Int) -> Int {
        switch self {
        case .text: return { number in 13 + String(number).count + 1 }  // "[footnoteRef:" N "]"
        case .markdown: return { number in 2 + String(number).count + 1 }  // "[^" N "]"
        // HTML nodes are located at their block's start tag, DOCX ones by paragraph: no column to keep.
        case .html, .docx: return { _ in 0 }
        }
    }
}
