import ArgumentParser
import Foundation
import HexaglotTree

/// `hexaglot`: render UN documents in the six official languages from one
/// model, and check that the versions agree. Exit codes: `exitCodes`.
@main
struct Hexaglot: AsyncParsableCommand {
    /// The exit codes, described once: the help of `hexaglot` and of `check` print this.
    static let exitCodes = """
        Exit codes: 0 success; 1 findings (check, lint); 2 bad usage, or an input that cannot be read or \
        does not fit (the message names file:line:column); 3 internal failure.
        """

    static let configuration = CommandConfiguration(
        commandName: "hexaglot",
        abstract: "Render a UN document in the six official languages from one model, and check parallel versions.",
        discussion: exitCodes,
        subcommands: [RenderCommand.self, CheckCommand.self, ImportCommand.self, LintCommand.self, XLIFFCommand.self, TMXCommand.self, ServeCommand.self, BenchCommand.self]
    )

    /// Runs the command with Hexaglot's exit codes: usage errors exit 2 (not
    /// ArgumentParser's 64), and every error is one located line on stderr.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as HexaglotError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(error.exitCode)
        } catch let code as ArgumentParser.ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
