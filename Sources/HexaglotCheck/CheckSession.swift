import HexaglotModel
import HexaglotReaders
import HexaglotTree

/// One check, from inputs to report: the versions to compare (files, uploads
/// in memory, or documents already built), which one is the reference, the
/// languages given for some of them, and the workspace whose `Locales/` say
/// what each language writes. `hexaglot check`, `POST /check`, the review page
/// and `hexaglot-bench` all check through this, so each rule of a check
/// (two to six versions, `FILE=LANG`, the languages accepted) lives here once.
public struct CheckSession: Sendable {
    /// How many versions a check compares.
    public static let versionCount = 2...6

    public enum Source: Sendable {
        /// A file on disk, read by the reader its extension names.
        case file
        /// Bytes in memory (an upload), read by the reader the name's extension names; never staged on disk.
        case bytes([UInt8])
        /// A document already built (a rendering).
        case document(Document)
    }

    public struct Input: Sendable {
        /// The path, or the name an upload or a rendering is known by in the report.
        public var name: String
        public var source: Source

        public init(name: String, source: Source = .file) {
            self.name = name
            self.source = source
        }
    }

    /// What a workspace's `Locales/` tell a check, read once (a server keeps one for every request).
    public struct Locales: Sendable {
        /// The languages a given language must be one of; nil: any.
        public var accepted: [String]?
        /// States' names in every form, by language, for counting list items.
        public var stateNames: [String: [String]]
        /// What each language writes facts with.
        public var knowledge: FactKnowledge

        /// `workspace`'s locales, or the standard ones without one. `onlyTheirLanguages`: a language
        /// given must be one that `workspace` has a locale for (a language is an ICU locale).
        public init(workspace: Workspace?, onlyTheirLanguages: Bool = false) {
            accepted = onlyTheirLanguages ? workspace.map { (try? $0.languages()) ?? [] } : nil
            stateNames = workspace.map(VersionLoader.stateNames(in:)) ?? [:]
            knowledge = workspace.map(FactKnowledge.cached) ?? .standard
        }
    }

    public var inputs: [Input]
    /// The input the others are compared with, by name (default: the first).
    public var reference: String?
    /// Languages given for some inputs, by name (`FILE=LANG`).
    public var languages: [String: String]
    public var locales: Locales
    public var checker: Checker

    public init(inputs: [Input], reference: String? = nil, languages: [String: String] = [:], locales: Locales,
                checker: Checker = Checker()) {
        self.inputs = inputs
        self.reference = reference
        self.languages = languages
        self.locales = locales
        self.checker = checker
    }

    /// `FILE=LANG`, as `--language` and the service's `language` field take it.
    public static func languageAssignment(_ text: String) throws -> (file: String, language: String) {
        let pair = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
            throw HexaglotError.usage("a language is given as FILE=LANG, found '\(text)'")
        }
        return (pair[0], pair[1])
    }

    /// Every assignment; a file named twice takes the last.
    public static func languageAssignments(_ texts: [String]) throws -> [String: String] {
        try Dictionary(texts.map(languageAssignment), uniquingKeysWith: { _, last in last })
    }

    /// Whether the session can run: two to six inputs with distinct names, the reference among them,
    /// every given language accepted. Usage errors, before any input is read.
    public func validate() throws {
        // A bilingual file (XLIFF) is two versions.
        let count = inputs.reduce(0) { total, input in
            if case .document = input.source { return total + 1 }
            return total + ((try? VersionLoader.format(of: input.name))?.isBilingual == true ? 2 : 1)
        }
        try Self.validate(count: count, files: inputs.count)
        var names: Set<String> = []
        for input in inputs {
            guard !input.name.isEmpty else { throw HexaglotError.usage("a version has an empty file name") }
            guard names.insert(input.name).inserted else {
                throw HexaglotError.usage("two files are named '\(input.name)'; give each version a distinct file name")
            }
        }
        if let reference, !names.contains(reference) {
            throw HexaglotError.usage("the reference '\(reference)' is not one of the files to compare")
        }
        for (file, language) in languages.sorted(by: { $0.key < $1.key }) {
            guard names.contains(file) else {
                throw HexaglotError.usage("a language is given for '\(file)', which is not one of the files to compare")
            }
            if let accepted = locales.accepted, !accepted.contains(language) {
                throw HexaglotError.usage("unknown language '\(language)' for '\(file)'; expected one of: \(accepted.joined(separator: ", "))")
            }
        }
    }

    private static func validate(count: Int, files: Int) throws {
        guard versionCount.contains(count) else {
            let found = "found \(files) file\(files == 1 ? "" : "s")" + (count == files ? "" : ", \(count) versions")
            throw HexaglotError.usage(count < versionCount.lowerBound
                ? "give at least two versions to compare (\(found))" : "give at most six versions to compare (\(found))")
        }
    }

    // MARK: Running

    /// The report, inputs read and rules run in parallel on the machine's cores (for the command line).
    public func run() throws -> CheckReport {
        try outcome().report
    }

    /// `run()`'s report, with its context (for the command line: `hexaglot import` and `hexaglot tmx` build on the alignment).
    public func outcome() throws -> Outcome {
        let loaded = try loadAll()
        let context = CheckContext(versions: loaded.map(\.version), referenceIndex: referenceIndex(loaded),
                                   stateNames: locales.stateNames, knowledge: locales.knowledge)
        return Outcome(report: report(loaded, context: context), context: context)
    }

    /// Every input read on the machine's cores, a bilingual one as two versions.
    private func loadAll() throws -> [Loaded] {
        try validate()
        let loaded = try Parallel.map(inputs) { [self] in try load($0) }.flatMap { $0 }
        try Self.validate(count: loaded.count, files: inputs.count)
        return loaded
    }

    /// The report, inputs read, facts extracted and rules run as child tasks (for the service:
    /// no thread of the concurrency pool blocks waiting for the others).
    public func run() async throws -> CheckReport {
        try await outcome().report
    }

    /// A report and the aligned versions it came from (the review page lays out their rows).
    public struct Outcome: Sendable {
        public var report: CheckReport
        public var context: CheckContext
    }

    /// `run()`'s report, with its context.
    public func outcome() async throws -> Outcome {
        try validate()
        let loaded = try await Parallel.map(inputs) { [self] in try load($0) }.flatMap { $0 }
        try Self.validate(count: loaded.count, files: inputs.count)
        let versions = loaded.map(\.version)
        let knowledge = locales.knowledge
        let facts = await Parallel.map(versions) { CheckContext.facts(of: $0, knowledge: knowledge) }
        let context = CheckContext(versions: versions, referenceIndex: referenceIndex(loaded), stateNames: locales.stateNames,
                                   knowledge: knowledge, facts: facts)
        return Outcome(report: report(loaded, context: context, findings: await checker.check(context)), context: context)
    }

    /// The first version of the reference input (inputs before it may hold two versions each).
    private func referenceIndex(_ loaded: [Loaded]) -> Int {
        reference.flatMap { name in loaded.firstIndex { $0.input == name } } ?? 0
    }

    private struct Loaded: Sendable {
        /// The name of the input it was read from.
        var input: String
        var version: Version
        /// The reader's format, nil for a document already built.
        var format: DocumentFormat?
    }

    private func load(_ input: Input) throws -> [Loaded] {
        let language = languages[input.name]
        switch input.source {
        case .file:
            let format = try VersionLoader.format(of: input.name)
            guard format.isBilingual else {
                let (version, format) = try VersionLoader().load(input.name, language: language)
                return [Loaded(input: input.name, version: version, format: format)]
            }
            let bytes = [UInt8](try Workspace.readInput(input.name, limit: VersionLoader.limit(for: format)))
            return try VersionLoader().loadAll(bytes: bytes, name: input.name, format: format, language: language)
                .map { Loaded(input: input.name, version: $0.0, format: $0.1) }
        case .bytes(let bytes):
            let format = try VersionLoader.format(of: input.name)
            return try VersionLoader().loadAll(bytes: bytes, name: input.name, format: format, language: language)
                .map { Loaded(input: input.name, version: $0.0, format: $0.1) }
        case .document(let document):
            return [Loaded(input: input.name, version: Version(file: input.name, language: language ?? document.language, document: document), format: nil)]
        }
    }

    private func report(_ loaded: [Loaded], context: CheckContext, findings: [Finding]? = nil) -> CheckReport {
        let referenceIndex = referenceIndex(loaded)
        let inputs = loaded.enumerated().map { i, loaded in
            CheckReport.Input(file: loaded.version.file, language: loaded.version.language, format: loaded.format?.rawValue ?? "tree",
                              reference: i == referenceIndex, languageSource: loaded.version.languageSource)
        }
        return CheckReport(inputs: inputs, findings: findings ?? checker.check(context), rules: checker.rules,
                           versions: context.versions.map(CheckReport.AlignedVersion.init))
    }
}
