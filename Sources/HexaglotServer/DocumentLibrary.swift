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
        public var symbol: String
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
    let stateNames: [String: [String]]
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
        stateNames = VersionLoader.stateNames(in: workspace)
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
        let model = model[entry.id]!
        let pack = try workspace.loadLanguage(language)
        let template = try workspace.loadTemplate(language: language, document: model.id)
        let tree = try Renderer(model: model, pack: pack, template: template).render()
        trees.withLock { $0[key] = tree }
        return tree
    }

    /// The bytes of `hexaglot render --lang <language> --format <format>`.
    public func rendering(_ entry: Entry, language: String, format: OutputFormat) throws -> Rendering {
        let key = "\(entry.id)/\(language).\(format.rawValue)"
        if let cached = renderings.withLock({ $0[key] }) { return cached }
        let bytes = try format.writer.write(try document(entry, language: language))
        let rendering = Rendering(body: ByteBuffer(bytes: bytes), entityTag: EntityTag(of: bytes))
        renderings.withLock { $0[key] = rendering }
        return rendering
    }

    /// The side-by-side page: every language, with the checker's findings on the renderings.
    public func review(_ entry: Entry) throws -> Rendering {
        let key = "\(entry.id)/review"
        if let cached = renderings.withLock({ $0[key] }) { return cached }
        let documents = try entry.languages.map { try document(entry, language: $0) }
        let context = Self.context(documents, modelID: model[entry.id]!.id, stateNames: stateNames)
        let page = ReviewPage(documents: documents, findings: Checker().check(context), alignedVersions: context.versions)
        let bytes = Array(page.html().utf8)
        let rendering = Rendering(body: ByteBuffer(bytes: bytes), entityTag: EntityTag(of: bytes))
        renderings.withLock { $0[key] = rendering }
        return rendering
    }

    /// The checker run on renderings, English as the reference when present; each
    /// finding names the template the text came from.
    public static func findings(_ documents: [Document], modelID: String, stateNames: [String: [String]]) -> [Finding] {
        Checker().check(context(documents, modelID: modelID, stateNames: stateNames))
    }

    /// The renderings aligned for the checker (and for the review page, which shows the same rows).
    static func context(_ documents: [Document], modelID: String, stateNames: [String: [String]]) -> CheckContext {
        let versions = documents.map { Version(file: "Templates/\($0.language)/\(modelID).yaml", language: $0.language, document: $0) }
        let reference = documents.firstIndex { $0.language == "en" } ?? 0
        return CheckContext(versions: versions, referenceIndex: reference, stateNames: stateNames)
    }
}
