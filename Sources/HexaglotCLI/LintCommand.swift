import ArgumentParser
import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTree

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check every template and locale against the document models.",
        discussion: """
            Reports, one line each as file:line:column, unknown, missing and extra keys, placeholders of \
            the wrong type, footnotes cited wrongly, literal dates, numbers, symbols or URLs in prose, \
            terms spelled out where the locale has them, names without a source and names lacking a \
            form the locale declares. \
            Exits 1 when it finds anything.
            """
    )

    @Option(name: .long, help: "The workspace holding Documents/, Locales/ and Templates/.")
    var root: String = "."

    func run() throws {
        let findings = try TemplateLinter(workspace: Workspace(root: root)).lint()
        for finding in findings { print(finding.description) }
        if !findings.isEmpty {
            FileHandle.standardError.write(Data("\(findings.count) finding\(findings.count == 1 ? "" : "s")\n".utf8))
            throw ArgumentParser.ExitCode(HexaglotTree.ExitCode.findings)
        }
    }
}
