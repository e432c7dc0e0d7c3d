import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTree
import HexaglotWriters
import XCTest

/// The repository, and throwaway copies of its data for tests that break files.
public enum Repo {
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    public static let workspace = Workspace(root: root)
    public static let noteModel = "\(root)/Documents/cbd-wg2020-2-2/note.yaml"
    public static func fixture(_ name: String) -> String { "\(root)/Tests/HexaglotTests/Fixtures/\(name)" }

    /// The built `hexaglot` executable (beside the test bundle).
    public static var hexaglot: String {
        let products = Bundle.main.bundleURL
        return products.appendingPathComponent("hexaglot").path
    }

    /// Renders the note of `workspace` in `language` to a document tree.
    public static func render(_ language: String, workspace: Workspace = workspace, model: NoteModel? = nil) throws -> Document {
        let model = try model ?? workspace.loadModel(at: "\(workspace.root)/Documents/cbd-wg2020-2-2/note.yaml")
        let pack = try workspace.loadLanguage(language)
        let template = try workspace.loadTemplate(language: language, document: model.id)
        return try Renderer(model: model, pack: pack, template: template).render()
    }

    public static func renderText(_ language: String, workspace: Workspace = workspace, model: NoteModel? = nil) throws -> String {
        String(decoding: try TextWriter().write(try render(language, workspace: workspace, model: model)), as: UTF8.self)
    }
}

/// A copy of the repository's Documents/, Locales/ and Templates/ in a
/// temporary folder, removed when the test ends.
public final class ScratchWorkspace {
    public let root: String
    public var workspace: Workspace { Workspace(root: root) }
    public var noteModel: String { "\(root)/Documents/cbd-wg2020-2-2/note.yaml" }

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["Documents", "Locales", "Templates"] {
            try FileManager.default.copyItem(atPath: "\(Repo.root)/\(folder)", toPath: "\(root)/\(folder)")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    public func path(_ relative: String) -> String { "\(root)/\(relative)" }

    public func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }

    public func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
    }

    /// Replaces the one occurrence of `old` in a file; fails the test if it is not there exactly once.
    public func edit(_ relative: String, replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try read(relative)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "expected '\(old)' once in \(relative)", file: file, line: line)
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }
}

/// The result of running the `hexaglot` executable.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public func runHexaglot(_ arguments: [String], environment: [String: String]? = nil, cwd: String? = nil) throws -> CommandResult {
    let process = Process()
    if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    process.executableURL = URL(fileURLWithPath: Repo.hexaglot)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let (outData, errData) = readConcurrently(out, err)
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}
