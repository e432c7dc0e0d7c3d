import ArgumentParser
import Foundation
import HexaglotCheck
import HexaglotModel
import HexaglotReaders
import HexaglotTree

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that parallel versions of a document agree in structure, footnotes and facts.",
        discussion: """
            Give two to six versions, in any of the six languages and any supported format (by extension: \
            \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", "))). The language of each file is the one given with \
            --language FILE=LANG, else a tag in its name (x.es.txt, x_es.docx, es/x.html), else its markup's (HTML lang, \
            DOCX w:lang, Markdown front matter lang:), else the one its text is in (a warning when that is unsure). Versions are compared with the reference (the first \
            file unless --reference names another). Rules: \(Checker.allRules.map(\.id).joined(separator: ", ")).


            \(Hexaglot.exitCodes) Findings below --fail-on do not count.
            """
    )

    @Argument(help: "The versions to compare.")
    var files: [String]

    @Option(name: .long, help: "The version the others are compared with (default: the first file).")
    var reference: String?

    @Option(name: .long, help: "The report format.")
    var format: ReportFormat = .text

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that fails the check.")
    var failOn: Finding.Severity = .error

    @Option(name: .long, parsing: .singleValue, help: "The language of a file, as FILE=LANG (repeatable).")
    var language: [String] = []

    @Option(name: .long, help: "The workspace whose Locales/ name the States (default: found above the current folder).")
    var root: String?

    func run() throws {
        var paths = files
        if let reference, !paths.contains(reference) { paths.insert(reference, at: 0) }
        if let output { try OutputFile.refuseOverwritingInput(output, inputs: paths) }
        let workspace: Workspace? = if let root { Workspace(root: root) } else {
            try? Workspace.containing(FileManager.default.currentDirectoryPath + "/.")
        }
        let session = CheckSession(inputs: paths.map { CheckSession.Input(name: $0) }, reference: reference,
                                   languages: try CheckSession.languageAssignments(language),
                                   locales: CheckSession.Locales(workspace: workspace))
        let report = try session.run()
        let bytes = try format.reporter.render(report)
        if let output {
            try OutputFile.writeAtomically(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        if report.findings.contains(where: { $0.severity >= failOn }) {
            throw ArgumentParser.ExitCode(HexaglotTree.ExitCode.findings)
        }
    }
}
