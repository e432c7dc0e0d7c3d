import HexaglotCheck
import HexaglotModel
import HexaglotRender
import HexaglotTree

/// `hexaglot import`: two to six official versions of one document in, one
/// model and one template per language out. The versions are read and aligned
/// as `check` aligns them; the reference version's divisions (and the rows
/// the others add) become the model's body; every fact on which all versions
/// of a row agree becomes one typed value, cited by a placeholder wherever the
/// renderer writes it back exactly as the version has it; what disagrees stays
/// as written (`{verbatim:…}`) and is reported by the checker's findings.
public struct DocumentImport {
    public var inputs: [CheckSession.Input]
    /// The document id: `Documents/<id>/note.yaml`, `Templates/<lang>/<id>.yaml`.
    public var id: String
    public var workspace: Workspace
    /// The version whose structure the model takes (default: the first).
    public var reference: String?
    /// Languages given for some inputs, by name.
    public var languages: [String: String]

    public init(inputs: [CheckSession.Input], id: String, workspace: Workspace, reference: String? = nil, languages: [String: String] = [:]) {
        self.inputs = inputs
        self.id = id
        self.workspace = workspace
        self.reference = reference
        self.languages = languages
    }

    /// A document id is a path component: lower-case letters, digits, '.', '-'; not starting with '.'.
    public static func validate(id: String) throws {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
        guard !id.isEmpty, id.count <= 100, allowed, id.first != ".", id.first != "-" else {
            throw HexaglotError.usage("a document id is 1 to 100 lower-case letters, digits, '-' and '.', not starting with '.' or '-'; found '\(id)'")
        }
    }

    public func run() throws -> ImportResult {
        try Self.validate(id: id)
        let session = CheckSession(inputs: inputs, reference: reference, languages: languages,
                                   locales: CheckSession.Locales(workspace: workspace, onlyTheirLanguages: true))
        let outcome = try session.outcome()
        let context = outcome.context
        var seen: [String: String] = [:]
        for version in context.versions {
            if let other = seen[version.language] {
                throw HexaglotError.usage("\(other) and \(version.file) are both in '\(version.language)'; import takes one version per language (give the language with --language FILE=LANG)")
            }
            seen[version.language] = version.file
        }
        let probes = try context.versions.map { LanguageProbe(pack: try workspace.loadLanguage($0.language)) }
        var builder = try ImportBuilder(id: id, context: context, probes: probes)
        builder.build()
        return ImportResult(id: id, model: builder.modelYAML(), templates: builder.templatesYAML(),
                            report: outcome.report, statistics: builder.statistics)
    }
}

/// What import made: the files' text and what the checker found.
public struct ImportResult: Sendable {
    public var id: String
    /// `Documents/<id>/note.yaml`.
    public var model: String
    /// `Templates/<lang>/<id>.yaml`, by language.
    public var templates: [String: String]
    /// The checker's report on the versions: each disagreement import left as written.
    public var report: CheckReport
    public var statistics: ImportStatistics

    /// The files, by path relative to the workspace root, model first.
    public var files: [(path: String, text: String)] {
        [("Documents/\(id)/note.yaml", model)] + templates.keys.sorted().map { ("Templates/\($0)/\(id).yaml", templates[$0]!) }
    }
}

/// How many of the facts the checker finds became typed values.
public struct ImportStatistics: Hashable, Sendable {
    /// Facts (occurrences, all versions) whose value every version of their row states.
    public var agreeing = 0
    /// Of those, the ones a placeholder now renders.
    public var typed = 0
    /// Facts some version of their row does not state: left as written.
    public var disagreeing = 0
    /// Literal facts left in prose as `{verbatim:…}`.
    public var verbatim = 0
    /// Terms of `Locales/<lang>/terms.yaml` found written out and made placeholders.
    public var terms = 0
    /// Labels no pattern gives, written out in `labels:`.
    public var writtenLabels = 0
    /// The agreeing facts that no style of the renderer writes as the version does: left as written.
    public var untyped: [UntypedFact] = []
}

public struct UntypedFact: Hashable, Sendable, CustomStringConvertible {
    public var language: String
    public var kind: String
    public var text: String
    public var description: String { "\(language) \(kind) '\(text)'" }
}
