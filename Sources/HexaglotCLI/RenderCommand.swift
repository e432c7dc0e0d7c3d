import ArgumentParser
import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTree
import HexaglotWriters

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a document model in one language, or all, to text, Markdown, HTML or DOCX.",
        discussion: """
            The model's folder lies under a workspace that holds Locales/ and Templates/ (found by looking \
            upward from the model, or given with --root). The prose comes from \
            Templates/<lang>/<document-id>.yaml; every date, number and list is formatted by the system ICU.

            With --lang all, every language of the workspace is rendered into the folder given with -o, \
            as <document-id>.<lang>.<ext>; nothing is written unless every language renders, and no other \
            file in that folder is touched.

            Examples:
              hexaglot render Documents/cbd-wg2020-2-2/note.yaml --lang zh --format text
              hexaglot render Documents/cbd-wg2020-2-2/note.yaml --lang all --format docx -o out/
            """
    )

    @Argument(help: "The document model (Documents/<id>/note.yaml).")
    var model: String

    @Option(name: .long, help: "The language, or all of the workspace's.")
    var lang: LanguageArgument

    @Option(name: .long, help: "The output format.")
    var format: DocumentFormat = .text

    @Option(name: [.short, .customLong("output")],
            help: "The file to write (atomically), or with --lang all the folder; default: standard output.")
    var output: String?

    @Option(name: .long, help: "The workspace holding Locales/ and Templates/ (default: found above the model).")
    var root: String?

    func validate() throws {
        if lang == .all, output == nil {
            throw ValidationError("--lang all writes one file per language: give the output folder with -o")
        }
    }

    func run() throws {
        let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(model)
        let model = try workspace.loadModel(at: self.model)
        let languages = lang == .all ? try workspace.languages() : [lang.rawValue]
        // Render everything before writing anything: a failure leaves no partial set.
        let outputs = try languages.map { language -> (String, [UInt8]) in
            (language, try format.writer.write(try Renderer.render(model, language: language, in: workspace)))
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(outputs[0].1))
            return
        }
        if lang == .all {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for (language, bytes) in outputs {
                let path = URL(fileURLWithPath: output).appendingPathComponent("\(model.id).\(language).\(format.fileExtension)").path
                try OutputFile.refuseOverwritingInput(path, inputs: [self.model])
                try OutputFile.writeAtomically(bytes, to: path)
            }
        } else {
            try OutputFile.refuseOverwritingInput(output, inputs: [self.model])
            try OutputFile.writeAtomically(outputs[0].1, to: output)
        }
    }
}
