import ArgumentParser
import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTree
import HexaglotWriters

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a document model in one language (or all) to text.",
        discussion: """
            The model's folder lies under a workspace that holds Locales/ and Templates/ (found by looking \
            upward from the model, or given with --root). The prose comes from \
            Templates/<lang>/<document-id>.yaml; every date, number and list is formatted by the system ICU.

            Example: hexaglot render Documents/cbd-wg2020-2-2/note.yaml --lang zh --format text
            """
    )

    @Argument(help: "The document model (Documents/<id>/note.yaml).")
    var model: String

    @Option(name: .long, help: "The language: ar, zh, en, fr, es or ru.")
    var lang: String

    @Option(name: .long, help: "The output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = OutputFormat.text.rawValue

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The workspace holding Locales/ and Templates/ (default: found above the model).")
    var root: String?

    func validate() throws {
        guard OutputFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; expected one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let format = OutputFormat(rawValue: format)!
        let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(model)
        let model = try workspace.loadModel(at: self.model)
        let pack = try workspace.loadLanguage(lang)
        let template = try workspace.loadTemplate(language: lang, document: model.id)
        let document = try Renderer(model: model, pack: pack, template: template).render()
        let bytes = try format.writer.write(document)
        if let output {
            try OutputFile.refuseOverwritingInput(output, inputs: [self.model])
            try OutputFile.writeAtomically(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
