import ArgumentParser
import Foundation
import HexaglotCheck
import HexaglotImport
import HexaglotModel
import HexaglotTree

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn two to six official versions of a document into one model and a template per language.",
        discussion: """
            Reads the versions as `check` does (any format: \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")); \
            languages as `check` tells them, one version per language), aligns them, and writes Documents/ID/note.yaml \
            (the structure of the reference version, and every fact all versions agree on as a typed value) and \
            Templates/LANG/ID.yaml (each version's prose, with placeholders for those facts). Facts the versions disagree \
            on stay as written ({verbatim:…}); the checker's report on the versions, which names each of them, is written \
            to standard output (or --output). Existing files are kept unless --force; nothing is written unless every file can be.


            \(Hexaglot.exitCodes)
            """
    )

    @Argument(help: "The official versions, one per language.")
    var files: [String]

    @Option(name: .long, help: "The document id (lower-case letters, digits, '-', '.').")
    var id: String

    @Option(name: .long, help: "The workspace to write into (default: the one holding the current folder).")
    var root: String?

    @Option(name: .long, help: "The version whose structure the model takes (default: the first file).")
    var reference: String?

    @Option(name: .long, parsing: .singleValue, help: "The language of a file, as FILE=LANG (repeatable).")
    var language: [String] = []

    @Flag(name: .long, help: "Replace an existing model or template of the same id.")
    var force = false

    @Option(name: .long, help: "The format of the checker's report.")
    var format: ReportFormat = .text

    @Option(name: [.short, .customLong("output")], help: "Write the checker's report to this file (atomically).")
    var output: String?

    func run() throws {
        var paths = files
        if let reference, !paths.contains(reference) { paths.insert(reference, at: 0) }
        if let output { try OutputFile.refuseOverwritingInput(output, inputs: paths) }
        let workspace = try root.map { Workspace(root: $0) } ?? Workspace.containing(FileManager.default.currentDirectoryPath + "/.")
        let result = try DocumentImport(inputs: paths.map { CheckSession.Input(name: $0) }, id: id, workspace: workspace,
                                        reference: reference, languages: try CheckSession.languageAssignments(language)).run()
        let written = try result.write(to: workspace, force: force)
        let bytes = try format.reporter.render(result.report)
        if let output { try OutputFile.writeAtomically(bytes, to: output) } else { FileHandle.standardOutput.write(Data(bytes)) }
        let s = result.statistics
        FileHandle.standardError.write(Data("""
            hexaglot import: wrote \(written.joined(separator: ", "))
            facts: \(s.typed) of \(s.agreeing) agreeing are typed values; \(s.disagreeing) disagree and stay as written \
            (\(result.report.findings.count) findings above); \(s.verbatim) literal facts kept verbatim; \(s.terms) terms; \(s.writtenLabels) labels written out

            """.utf8))
    }
}
