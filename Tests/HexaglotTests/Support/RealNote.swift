import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTree

/// The real note rendered by the library, as the CLI does it.
enum RealNote {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let documentID = "cbd-wg2020-2-2"

    static func render(language: String) throws -> Document {
        let workspace = Workspace(root: repositoryRoot.path)
        let model = try workspace.loadModel(at: repositoryRoot.appendingPathComponent("Documents/\(documentID)/note.yaml").path)
        let pack = try workspace.loadLanguage(language)
        let template = try workspace.loadTemplate(language: language, document: model.id)
        return try Renderer(model: model, pack: pack, template: template).render()
    }
}
