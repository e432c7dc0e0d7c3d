import HexaglotCheck
import HexaglotTree

/// `POST /check`: the form's fields mapped onto a `CheckSession`, the one that
/// `hexaglot check` runs, so the JSON answer is the CLI's `--format json`
/// report for files of the same names. Only the languages the workspace's
/// `Locales/` holds may be given: a language is an ICU locale, and a value a
/// client invents must not make ICU objects.
struct CheckService: Sendable {
    /// The workspace's locales, read once at start.
    let locales: CheckSession.Locales

    /// Files from a form: every part with a file name; `reference` names the
    /// reference version, `language` (repeatable) is `FILE=LANG`, as in the CLI.
    func session(from form: MultipartForm) throws -> CheckSession {
        var inputs: [CheckSession.Input] = []
        var reference: String?
        var languages: [String] = []
        for part in form.parts {
            if let filename = part.filename {
                inputs.append(CheckSession.Input(name: filename, source: .bytes(part.bytes)))
                continue
            }
            let value = String(decoding: part.bytes, as: UTF8.self)
            switch part.name {
            case "reference": reference = value
            case "language": languages.append(value)
            default: throw Problem.badRequest("unknown form field '\(part.name)'; expected files, 'reference' or 'language'")
            }
        }
        return CheckSession(inputs: inputs, reference: reference, languages: try CheckSession.languageAssignments(languages),
                            locales: locales)
    }

    /// A request that breaks a rule of the check (the count, a name, a language) is a bad request (400);
    /// a file that cannot be read, in a format there is no reader for included, is unprocessable (422).
    func report(_ session: CheckSession) async throws -> CheckReport {
        do {
            try session.validate()
        } catch let error as HexaglotError {
            throw Problem.badRequest(error.description)
        }
        do {
            return try await session.run()
        } catch let error as HexaglotError {
            throw Problem.upload(error)
        }
    }
}
