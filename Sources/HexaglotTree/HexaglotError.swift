/// The one error type of Hexaglot. Each case maps to a message and an exit
/// code in one place (as pandoc's `PandocError` does), so the CLI never
/// decides exit codes case by case.
public enum HexaglotError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The command line itself is wrong.
    case usage(String)
    /// An input file cannot be read or decoded; `expected` says what would have been valid.
    case invalidInput(SourceLocation?, file: String, message: String)
    /// A file could not be read or written.
    case io(path: String, message: String)
    /// The model, a locale and a template do not fit together (a missing key, a footnote cited twice…).
    case inconsistent(SourceLocation?, file: String, message: String)
    /// A dependency such as ICU failed.
    case internalFailure(String)

    public var exitCode: Int32 {
        switch self {
        case .usage, .invalidInput, .io, .inconsistent: 2
        case .internalFailure: 3
        }
    }

    public var description: String {
        switch self {
        case .usage(let message):
            "usage error: \(message)"
        case .invalidInput(let location, let file, let message),
             .inconsistent(let location, let file, let message):
            "\(location.map(\.description) ?? file): error: \(message)"
        case .io(let path, let message):
            "\(path): error: \(message)"
        case .internalFailure(let message):
            "internal error: \(message)"
        }
    }
}

/// Exit codes, documented once: 0 success, 1 findings (lint or check),
/// 2 bad usage or unreadable input, 3 internal failure.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let findings: Int32 = 1
}
