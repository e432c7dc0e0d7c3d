import ArgumentParser
import HexaglotCheck
import HexaglotTree

// The values options take, as enums: the parser refuses anything else with the
// list of values, and `--help` shows them.

extension DocumentFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension Finding.Severity: ExpressibleByArgument {}

/// `render --lang`: one of the six UN languages, or every language the workspace has.
enum LanguageArgument: String, CaseIterable, ExpressibleByArgument {
    case ar, zh, en, fr, es, ru, all
}
