import ArgumentParser
import Foundation
import HexaglotTree

/// `hexaglot`: render UN documents in the six official languages from one
/// model, and check that the versions agree. Exit codes: `exitCodes`.
/// The executable (Sources/HexaglotMain) runs `HexaglotCommand.main()`.
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
        subcommands: [RenderCommand.self, CheckCommand.self, ImportCommand.self, LintCommand.self, XLIFFCommand.self, TMXCommand.self, ServeCommand.self]
    )

    /// Runs the command with Hexaglot's exit codes: usage errors exit 2 (not
    /// ArgumentParser's 64), and every error is one located line on stderr.
    static func main() async {
        do {
            try await HexaglotCommand.run(nil)
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

/// The `hexaglot` command, for the two executables that run it: `hexaglot` itself
/// and `hexaglot-bench once`, which times a render or a check in its own process.
public enum HexaglotCommand {
    /// `hexaglot` on the process's arguments, exiting with Hexaglot's exit codes.
    public static func main() async {
        await Hexaglot.main()
    }

    /// `hexaglot ARGUMENTS…` (the process's own when nil) in this process: throws what the
    /// command throws (a `HexaglotError`; `ExitCode` for findings) instead of exiting.
    public static func run(_ arguments: [String]?) async throws {
        var command = try Hexaglot.parseAsRoot(arguments)
        if var command = command as? any AsyncParsableCommand {
            try await command.run()
        } else {
            try command.run()
        }
    }
}
