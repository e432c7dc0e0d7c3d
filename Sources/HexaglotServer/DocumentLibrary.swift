import Foundation
import HexaglotCheck
import HexaglotModel
import HexaglotRender
import HexaglotTree
import HexaglotWriters
import NIOCore
import Synchronization

/// The documents a server offers: one per folder of the documents folder
/// holding a `note.yaml`, in every language that has a template for it.
/// Request text is only ever compared with these lists, never joined into a
/// path: every path below is built from names read off the disk.
public final class DocumentLibrary: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The folder's name, which is the document's id in URLs.
        public var id: String
        public var symbol: String?
        public var modelPath: String
        /// In the UN order (ar, zh, en, fr, es, ru), then any other alphabetically.
        public var languages: [String]
    }

    /// A response body with its entity tag, rendered once and kept.
    public struct Rendering: Sendable {
        public var body: ByteBuffer
        public var entityTag: EntityTag
    }

    static let unOrder = ["ar", "zh", "en", "fr", "es", "ru"]

    public let workspace: Workspace
    public let entries: [Entry]
    /// What the workspace's `Locales/` tell a check, read once; only their languages may be given.
    let locales: CheckSession.Locales
    let model: [String: NoteModel]
    private let trees = Mutex<[String: Document]>([:])
    private let renderings = Mutex<[String: Rendering]>([:])

    /// Reads the documents folder and the workspace above it (the nearest folder
    /// with `Locales/` and `Templates/`); every model is loaded, so a broken
    /// model stops the server at start with its located error.
    public init(documentsFolder: String) throws {
        let folder = URL(fileURLWithPath: documentsFolder).standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw HexaglotError.usage("the documents folder \(documentsFolder) does not exist")
        }
        let workspace = try Workspace.containing(folder + "/note.yaml")
        self.workspace = workspace
        let languages = try workspace.languages()
        var entries: [Entry] = []
        var models: [String: NoteModel] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where !name.hasPrefix(".") {
            let modelPath = "\(folder)/\(name)/note.yaml"
            guard FileManager.default.fileExists(atPath: modelPath) else { continue }
            let model = try workspace.loadModel(at: modelPath)
            let available = languages.filter {
                FileManager.default.fileExists(atPath: workspace.templatePath(language: $0, document: model.id))
            }
            entries.append(Entry(id: name, symbol: model.symbol, modelPath: modelPath, languages: Self.unOrdered(available)))
            models[name] = model
        }
        self.entries = entries
        self.model = models
        locales = CheckSession.Locales(workspace: workspace, onlyTheirLanguages: true)
    }

    static func unOrdered(_ languages: [String]) -> [String] {
        languages.sorted { a, b in
            let (i, j) = (unOrder.firstIndex(of: a) ?? unOrder.count, unOrder.firstIndex(of: b) ?? unOrder.count)
            return i != j ? i < j : a < b
        }
    }

    // MARK: Lookups (404 for anything not listed)

    public func entry(_ id: String) throws -> Entry {
        guard let entry = entries.first(where: { $0.id == id }) else {
            throw Problem.notFound("unknown document '\(id)'; expected one of: \(entries.map(\.id).joined(separator: ", "))")
        }
        return entry
    }

    public func language(_ language: String, of entry: Entry) throws -> String {
        guard let listed = entry.languages.first(where: { $0 == language }) else {
            throw Problem.notFound("unknown language '\(language)' for document '\(entry.id)'; expected one of: \(entry.languages.joined(separator: ", "))")
        }
        return listed
    }

    // MARK: Renderings (cached)

    /// The document tree in one language, by the same `Renderer` as `hexaglot render`.
    public func document(_ entry: Entry, language: String) throws -> Document {
        let key = "\(entry.id)/\(language)"
        if let tree = trees.withLock({ $0[key] }) { return tree }
        let tree = try Renderer.render(model[entry.id]!, language: language, in: workspace)
        trees.withLock { $0[key] = tree }
        return tree
    }

    /// The bytes of `hexaglot render --lang <language> --format <format>`.
    public func rendering(_ entry: Entry, language: String, format: DocumentFormat) throws -> Rendering {
        let key = "\(entry.id)/\(language).\(format.rawValue)"
        if let cached = renderings.withLock({ $0[key] }) { return cached }
        let bytes = try format.writer.write(try document(entry, language: language))
        let rendering = Rendering(body: ByteBuffer(bytes: bytes), entityTag: EntityTag(of: bytes))
        renderings.withLock { $0[key] = rendering }
        return rendering
    }

    /// The side-by-side page: the checker's HTML report (`hexaglot check --format html`) on the
    /// text renderings in every language, English the reference when present — byte for byte what
    /// the command prints for files of these names (`<id>.<lang>.txt`), findings in place.
    public func review(_ entry: Entry) async throws -> Rendering {
        let key = "\(entry.id)/review"
        if let cached = renderings.withLock({ $0[key] }) { return cached }
        let inputs = try entry.languages.map { language in
            CheckSession.Input(name: "\(entry.id).\(language).txt",
                               source: .bytes(Array(buffer: try rendering(entry, language: language, format: .text).body)))
        }
        let reference = entry.languages.contains("en") ? "\(entry.id).en.txt" : nil
        let report = try await CheckSession(inputs: inputs, reference: reference, locales: locales).run()
        let bytes = try ReportFormat.html.reporter.render(report)
        let page = Rendering(body: ByteBuffer(bytes: bytes), entityTag: EntityTag(of: bytes))
        renderings.withLock { $0[key] = page }
        return page
    }
}
