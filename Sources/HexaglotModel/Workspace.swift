import Foundation
import HexaglotTree

/// Where a project keeps its data: `Locales/`, `Templates/` and `Documents/`
/// under one root. Reads files; parsing is left to each type's `decode`.
public struct Workspace: Sendable {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    /// The workspace that holds `path`: the nearest folder with both `Locales/` and
    /// `Templates/`, from `path` itself (a folder) or the folder it is in (a file) upwards.
    public static func containing(_ path: String) throws -> Workspace {
        let fm = FileManager.default
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var isFolder: ObjCBool = false
        if !(fm.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue) { url = url.deletingLastPathComponent() }
        while true {
            if fm.fileExists(atPath: url.appendingPathComponent("Locales").path),
               fm.fileExists(atPath: url.appendingPathComponent("Templates").path) {
                return Workspace(root: url.path)
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path {
                throw HexaglotError.usage("no folder above \(path) holds both Locales/ and Templates/; pass --root")
            }
            url = parent
        }
    }

    /// The workspace used when none is given (the checker's and the readers' locale knowledge in
    /// tests and library calls without one): the one holding the current folder, else the
    /// repository this file was built from; nil when neither is found. Found once.
    public static let standard: Workspace? = (try? containing(FileManager.default.currentDirectoryPath + "/."))
        ?? (try? containing(#filePath))

    public func localeFolder(_ language: String) -> String { "\(root)/Locales/\(language)" }
    public func templatePath(language: String, document: String) -> String { "\(root)/Templates/\(language)/\(document).yaml" }

    /// The languages that have a folder under `Locales/`, sorted.
    public func languages() throws -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/Locales")) ?? []
        return entries.filter { FileManager.default.fileExists(atPath: localeFolder($0) + "/locale.yaml") }.sorted()
    }

    public func loadModel(at path: String) throws -> NoteModel {
        try NoteModel.decode(yaml: try Self.readText(path), file: path)
    }

    public func loadLanguage(_ language: String) throws -> LanguagePack {
        let folder = localeFolder(language)
        guard FileManager.default.fileExists(atPath: folder + "/locale.yaml") else {
            throw HexaglotError.usage("no locale for language '\(language)': \(folder)/locale.yaml does not exist")
        }
        let spec = try LocaleSpec.decode(yaml: try Self.readText(folder + "/locale.yaml"), file: folder + "/locale.yaml")
        func table(_ name: String) throws -> [String: TermEntry] {
            let path = "\(folder)/\(name).yaml"
            return try Terminology.decodeTable(yaml: try Self.readText(path), file: path)
        }
        return LanguagePack(locale: spec, terminology: Terminology(
            terms: try table("terms"), states: try table("states"),
            organizations: try table("organizations"), places: try table("places")))
    }

    public func loadTemplate(language: String, document: String) throws -> DocumentTemplate {
        let path = templatePath(language: language, document: document)
        return try DocumentTemplate.decode(yaml: try Self.readText(path), file: path)
    }

    /// Reads a UTF-8 text file; a byte-order mark is dropped, CRLF and CR become LF.
    public static func readText(_ path: String) throws -> String {
        try UTF8Text.decode(try readInput(path), file: path)
    }

    /// The largest input file read: model, locale, terminology and template YAML, and the
    /// text, Markdown and HTML versions given to `check`.
    public static let maxInputBytes = 32 * 1024 * 1024

    /// Reads a whole input file, refusing one over `limit` bytes from its size, before
    /// reading a byte (and a device or pipe, whose size is unknown, once it passes the limit).
    /// The error for an input over `limit` bytes (`size` nil when only reading showed it).
    public static func inputTooLarge(_ file: String, size: UInt64?, limit: Int) -> HexaglotError {
        let mib = { (bytes: UInt64) in (bytes + (1 << 20) - 1) >> 20 }  // rounded up: 32 MiB and a byte is 33
        let actual = size.map { "is \(mib($0)) MiB" } ?? "goes on past \(mib(UInt64(limit))) MiB"
        return .invalidInput(nil, file: file, message: "the file \(actual); expected an input of at most \(mib(UInt64(limit))) MiB (larger inputs are refused unread)")
    }

    public static func readInput(_ path: String, limit: Int = maxInputBytes) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw HexaglotError.io(path: path, message: "cannot read the file (missing or unreadable)")
        }
        defer { try? handle.close() }
        func tooLarge(_ size: UInt64?) -> HexaglotError { inputTooLarge(path, size: size, limit: limit) }
        if let size = try? handle.seekToEnd() {
            if size > UInt64(limit) { throw tooLarge(size) }
            try? handle.seek(toOffset: 0)
        }
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
                if data.count > limit { throw tooLarge(nil) }
            }
        } catch let error as HexaglotError {
            throw error
        } catch {
            throw HexaglotError.io(path: path, message: "cannot read the file (\(error.localizedDescription))")
        }
        return data
    }
}

/// A language's locale and terminology together.
public struct LanguagePack: Hashable, Sendable {
    public var locale: LocaleSpec { didSet { identity = Identity() } }
    public var terminology: Terminology { didSet { identity = Identity() } }
    /// This loading of the pack: shared by its copies, new whenever its locale or terminology
    /// changes, so that what is derived from a pack (the renderer's memo of terms) can be kept
    /// by pack without hashing all its data. Not part of the pack's value.
    public private(set) var identity = Identity()

    public init(locale: LocaleSpec, terminology: Terminology) {
        self.locale = locale
        self.terminology = terminology
    }

    public static func == (a: LanguagePack, b: LanguagePack) -> Bool {
        a.locale == b.locale && a.terminology == b.terminology
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(locale)
        hasher.combine(terminology)
    }

    /// An object compared by identity (`ObjectIdentifier`); it holds nothing.
    public final class Identity: Sendable {
        init() {}
    }
}
