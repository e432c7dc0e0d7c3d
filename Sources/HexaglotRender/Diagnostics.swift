import HexaglotTree

/// A problem found while rendering: located, with the rule that found it.
/// The renderer collects them and goes on, so `lint` can report them all;
/// `render` fails on the first.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        case missingKey = "missing-key"
        case extraKey = "extra-key"
        case unknownKey = "unknown-key"
        case placeholderType = "placeholder-type"
        case unknownModifier = "unknown-modifier"
        case footnoteCitation = "footnote-citation"
        case recursion = "recursion"
        case literalValue = "literal-value"
        case missingSource = "missing-source"
        case missingForm = "missing-form"
        case spelledOutTerm = "spelled-out-term"
        case icu = "icu"
    }

    public var rule: Rule
    public var location: SourceLocation
    public var message: String

    public init(_ rule: Rule, at location: SourceLocation, _ message: String) {
        self.rule = rule
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message) [\(rule.rawValue)]" }

    public var error: HexaglotError { .inconsistent(location, file: location.file, message: message) }
}

/// Collects diagnostics in the order found, without duplicates.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen = Set<Diagnostic>()
    /// Every report, repeats included: whether anything went wrong while a term was
    /// rendered (a repeat is not a new diagnostic, but the rendering is still broken).
    private(set) var reports = 0

    func report(_ rule: Diagnostic.Rule, at location: SourceLocation, _ message: String) {
        reports += 1
        let d = Diagnostic(rule, at: location, message)
        if seen.insert(d).inserted { diagnostics.append(d) }
    }
}
