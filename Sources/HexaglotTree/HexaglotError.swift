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

    /// One line: messages quote keys and text from the input, so line breaks
    /// and other control characters in them are escaped (stderr stays one line, free of terminal escapes).
    public var description: String {
        var line = ""
        for scalar in unescapedDescription.unicodeScalars {
            switch scalar.value {
            case 0x0A: line += "\\n"
            case 0x0D: line += "\\r"
            case 0x09: line.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: line += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        return line
    }

    private var unescapedDescription: String {
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
