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
            \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))). The language of each file is the one given with \
            --language FILE=LANG, else a tag in its name (x.es.txt, x_es.docx, es/x.html), else its markup's (HTML lang, \
            DOCX w:lang, Markdown front matter lang:), else the one its text is in (a warning when that is unsure). Versions are compared with the reference (the first \
            file unless --reference names another). Rules: \(Checker.allRules.map(\.id).joined(separator: ", ")).

            Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 bad usage or an unreadable input.
            """
    )

    @Argument(help: "The versions to compare.")
    var files: [String]

    @Option(name: .long, help: "The version the others are compared with (default: the first file).")
    var reference: String?

    @Option(name: .long, help: "The report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = ReportFormat.text.rawValue

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that fails the check: error or warning.")
    var failOn: String = "error"

    @Option(name: .long, parsing: .singleValue, help: "The language of a file, as FILE=LANG (repeatable).")
    var language: [String] = []

    @Option(name: .long, help: "The workspace whose Locales/ name the States (default: found above the current folder).")
    var root: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least two versions to compare") }
        guard files.count >= 2 || reference != nil else { throw ValidationError("give at least two versions to compare") }
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("unknown report format '\(format)'; expected one of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ["error", "warning"].contains(failOn) else { throw ValidationError("--fail-on takes 'error' or 'warning'") }
        for entry in language where !entry.contains("=") { throw ValidationError("--language takes FILE=LANG, found '\(entry)'") }
    }

    func run() throws {
        var paths = files
        if let reference, !paths.contains(reference) { paths.insert(reference, at: 0) }
        let overrides = Dictionary(language.map { entry -> (String, String) in
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts[1])
        }, uniquingKeysWith: { _, last in last })
        if let output { try OutputFile.refuseOverwritingInput(output, inputs: paths) }

        var versions: [Version] = []
        var inputs: [CheckReport.Input] = []
        for (path, (version, format)) in zip(paths, try VersionLoader().loadAll(paths, languages: overrides)) {
            versions.append(version)
            inputs.append(CheckReport.Input(file: path, language: version.language, format: format.rawValue,
                                            reference: path == (reference ?? paths[0]),
                                            languageSource: version.languageSource))
        }
        let workspace: Workspace? = if let root { Workspace(root: root) } else {
            try? Workspace.containing(FileManager.default.currentDirectoryPath + "/.")
        }
        let context = CheckContext(versions: versions, referenceIndex: paths.firstIndex(of: reference ?? paths[0]) ?? 0,
                                   stateNames: workspace.map(VersionLoader.stateNames(in:)) ?? [:],
                                   knowledge: workspace.map(FactKnowledge.cached) ?? .standard)
        let findings = Checker().check(context)
        let report = CheckReport(inputs: inputs, findings: findings, versions: context.versions.map(CheckReport.AlignedVersion.init))
        let bytes = try ReportFormat(rawValue: format)!.reporter.render(report)
        if let output {
            try OutputFile.writeAtomically(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
        let threshold: Finding.Severity = failOn == "warning" ? .warning : .error
        if findings.contains(where: { $0.severity >= threshold }) {
            throw ArgumentParser.ExitCode(HexaglotTree.ExitCode.findings)
        }
    }
}
