import HexaglotModel
import HexaglotTree

extension Renderer {
    /// The one place a rendering is assembled from a workspace: `language`'s pack
    /// (`Locales/<lang>/`) and `model`'s template in it (`Templates/<lang>/<id>.yaml`).
    /// `hexaglot render`, the service, `bench` and `lint` all start here.
    public init(model: NoteModel, language: String, workspace: Workspace) throws {
        self.init(model: model, pack: try workspace.loadLanguage(language),
                  template: try workspace.loadTemplate(language: language, document: model.id))
    }

    /// `model` in `language`: the document tree, or the first problem found, located.
    public static func render(_ model: NoteModel, language: String, in workspace: Workspace) throws -> Document {
        try Renderer(model: model, language: language, workspace: workspace).render()
    }
}
