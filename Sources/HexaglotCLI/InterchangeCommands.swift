import ArgumentParser
import Foundation
import HexaglotCheck
import HexaglotInterchange
import HexaglotModel
import HexaglotReaders
import HexaglotRender
import HexaglotTree

extension XLIFFVersion: ExpressibleByArgument {}
extension TMXCodes: ExpressibleByArgument {}

/// `hexaglot xliff export|import`: a template to translate in a CAT tool, and the translation back.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff",
        abstract: "Export a template to XLIFF for a translator's tool, and import the translation back.",
        discussion: """
            Examples:
              hexaglot xliff export Documents/cbd-wg2020-2-2/note.yaml --source zh --target fr -o cbd.zh-fr.xlf
              hexaglot xliff import cbd.zh-fr.xlf
            """,
        subcommands: [Export.self, Import.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "One unit per template key; placeholders as inline codes showing their value in each language.")

        @Argument(help: "The document model (Documents/<id>/note.yaml).") var model: String
        @Option(help: "The language translated from.") var source: String
        @Option(help: "The language translated into.") var target: String
        @Option(help: "The XLIFF version.") var version: XLIFFVersion = .v1_2
        @Option(name: [.short, .customLong("output")], help: "The file to write (atomically); default: standard output.") var output: String?
        @Flag(help: "Copy each source into its target, for tools that translate the <target> element (OmegaT 3).")
        var sourceInTarget = false
        @Option(help: "The workspace holding Locales/ and Templates/ (default: found above the model).") var root: String?

        func run() throws {
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(model)
            let units = try TranslationUnits(model: try workspace.loadModel(at: model), source: source, target: target, workspace: workspace)
            let bytes = units.xliff(version, sourceInTarget: sourceInTarget)
            if let output {
                try OutputFile.refuseOverwritingInput(output, inputs: [model, units.sourceText.file, units.targetPath])
                try OutputFile.writeAtomically(bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Merge a translated XLIFF file into Templates/<target>/<id>.yaml, then lint.",
            discussion: """
                Every unit is checked before anything is written: a unit whose inline codes were deleted, \
                duplicated or invented, a missing unit, a unit for an unknown key or malformed XML is an error \
                naming the unit and the line and column in the XLIFF (exit 2, the template untouched). \
                Only the values that changed are rewritten; key order and comments stay. Then lint runs \
                on the workspace (exit 1 when it finds anything).
                """)

        @Argument(help: "The translated XLIFF file (1.2 or 2.1).") var file: String
        @Option(help: "The workspace holding Documents/, Locales/ and Templates/ (default: the one holding the current folder).")
        var root: String?

        func run() throws {
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(FileManager.default.currentDirectoryPath + "/.")
            let xliff = try XLIFFFile([UInt8](try Workspace.readInput(file)), file: file)
            let merge = try XLIFFImport(workspace: workspace).run(xliff)
            FileHandle.standardError.write(Data("\(merge.path): \(merge.changed.count) value\(merge.changed.count == 1 ? "" : "s") changed\n".utf8))
            try LintCommand.parse(["--root", workspace.root]).run()
        }
    }
}

/// `hexaglot tmx`: a translation memory from parallel versions, aligned as `check` aligns them.
struct TMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmx",
        abstract: "Align two to six versions as check does and write a TMX 1.4b translation memory.",
        discussion: """
            One translation unit per aligned node (masthead line, title, division, footnote) that two or more \
            versions have, a variant per version. Languages are found as check finds them.
              hexaglot tmx out/cbd-wg2020-2-2.zh.txt out/cbd-wg2020-2-2.fr.txt -o cbd.tmx
            With --source and --target, the files are document models and the units are their templates' \
            keys, placeholders as inline codes (TMX <ph>, or OmegaT's tag shortcuts with --codes omegat), \
            so a CAT tool matches segments of an XLIFF export codes included.
              hexaglot tmx Documents/cbd-wg2020-2-2/note.yaml --source zh --target fr --codes omegat -o cbd.tmx
            """)

    @Argument(help: "The versions to align (document models with --source and --target).") var files: [String]
    @Option(name: [.short, .customLong("output")], help: "The file to write (atomically); default: standard output.") var output: String?
    @Option(name: .long, parsing: .singleValue, help: "The language of a file, as FILE=LANG (repeatable).") var language: [String] = []
    @Option(help: "Units from the templates of the models given: the language translated from.") var source: String?
    @Option(help: "Units from the templates of the models given: the language translated into.") var target: String?
    @Option(help: "How template units write placeholders: ph (TMX 1.4b) or omegat (OmegaT's tag shortcuts).")
    var codes: TMXCodes = .ph
    @Option(help: "The workspace holding Locales/ and Templates/ (default: found above each model).") var root: String?

    func run() throws {
        if let output { try OutputFile.refuseOverwritingInput(output, inputs: files) }
        let bytes = source == nil && target == nil ? try alignedVersions() : try templates()
        if let output { try OutputFile.writeAtomically(bytes, to: output) } else { FileHandle.standardOutput.write(Data(bytes)) }
    }

    private func templates() throws -> [UInt8] {
        guard let source, let target else { throw HexaglotError.usage("--source and --target go together") }
        let documents = try files.map { model in
            let workspace = try root.map(Workspace.init(root:)) ?? Workspace.containing(model)
            return try TranslationUnits(model: try workspace.loadModel(at: model), source: source, target: target, workspace: workspace)
        }
        return TranslationUnits.tmx(documents, codes: codes)
    }

    private func alignedVersions() throws -> [UInt8] {
        let workspace = try? Workspace.containing(FileManager.default.currentDirectoryPath + "/.")
        let session = CheckSession(inputs: files.map { CheckSession.Input(name: $0) },
                                   languages: try CheckSession.languageAssignments(language),
                                   locales: CheckSession.Locales(workspace: workspace))
        return TMXExport.tmx(try session.outcome().context)
    }
}
