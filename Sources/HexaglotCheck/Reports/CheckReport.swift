import HexaglotTree

/// The result of a check, ready for any reporter: the files checked and the findings.
public struct CheckReport: Sendable {
    public struct Input: Sendable, Codable, Hashable {
        public var file: String
        public var language: String
        public var format: String
        public var reference: Bool

        public init(file: String, language: String, format: String, reference: Bool) {
            self.file = file
            self.language = language
            self.format = format
            self.reference = reference
        }
    }

    public var inputs: [Input]
    public var findings: [Finding]
    public var rules: [any CheckRule]

    public init(inputs: [Input], findings: [Finding], rules: [any CheckRule] = Checker.allRules) {
        self.inputs = inputs
        self.findings = findings
        self.rules = rules
    }

    public func count(_ severity: Finding.Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

/// Turns a report into the bytes of one report format.
public protocol CheckReporter {
    func render(_ report: CheckReport) throws -> [UInt8]
}
