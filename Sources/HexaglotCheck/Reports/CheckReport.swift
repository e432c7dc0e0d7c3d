import HexaglotTree

/// The result of a check, ready for any reporter: the files checked, the
/// findings, and each version's text aligned by node (for side-by-side reports).
public struct CheckReport: Sendable {
    public struct Input: Sendable, Codable, Hashable {
        public var file: String
        public var language: String
        public var format: String
        public var reference: Bool
        /// Where the language came from (`LanguageSource.name`: override, fileName, markup, detected).
        public var languageSource: String?
        /// How sure detection was, when the language was detected (two decimals).
        public var languageConfidence: Double?

        public init(file: String, language: String, format: String, reference: Bool,
                    languageSource: LanguageSource? = nil) {
            self.file = file
            self.language = language
            self.format = format
            self.reference = reference
            self.languageSource = languageSource?.name
            self.languageConfidence = languageSource?.confidence.map { ($0 * 100).rounded() / 100 }
        }
    }

    /// One version's aligned nodes, in document order, as plain values.
    public struct AlignedVersion: Sendable {
        public var file: String
        public var language: String
        public var direction: TextDirection
        public var nodes: [AlignedNode]

        public init(file: String, language: String, direction: TextDirection, nodes: [AlignedNode]) {
            self.file = file
            self.language = language
            self.direction = direction
            self.nodes = nodes
        }

        /// The document's direction, unless the language was overridden: then the language's.
        public init(_ version: Version) {
            let direction = version.language == version.document.language ? version.document.direction : Self.direction(of: version.language)
            self.init(file: version.file, language: version.language, direction: direction, nodes: version.nodes)
        }

        static func direction(of language: String) -> TextDirection {
            let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
            return ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"].contains(primary) ? .rightToLeft : .leftToRight
        }
    }

    public var inputs: [Input]
    public var findings: [Finding]
    public var rules: [any CheckRule]
    /// In the order of `inputs`; empty when the caller has no trees (the HTML report then shows findings only).
    public var versions: [AlignedVersion]

    public init(inputs: [Input], findings: [Finding], rules: [any CheckRule] = Checker.allRules, versions: [AlignedVersion] = []) {
        self.inputs = inputs
        self.findings = findings
        self.rules = rules
        self.versions = versions
    }

    public func count(_ severity: Finding.Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The input a finding's side belongs to: by file, else by language.
    public func inputIndex(of side: Finding.Side) -> Int? {
        inputs.firstIndex { $0.file == side.file } ?? inputs.firstIndex { $0.language == side.language }
    }

    public var referenceIndex: Int { inputs.firstIndex(where: \.reference) ?? 0 }
}

/// Turns a report into the bytes of one report format.
public protocol CheckReporter {
    func render(_ report: CheckReport) throws -> [UInt8]
}
