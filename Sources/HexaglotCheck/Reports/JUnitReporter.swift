import HexaglotTree

/// The report as JUnit XML, for CI dashboards: one `<testsuite>` per rule, one
/// `<testcase>` per rule per pair of versions (the reference against each other
/// one, named like "footnotes.citation zh↔fr"), failing with the findings'
/// messages and locations when that pair has findings of that rule.
/// No times or host names, so the same findings give the same bytes.
public struct JUnitReporter: CheckReporter {
    public init() {}

    public func render(_ report: CheckReport) throws -> [UInt8] {
        let versionPairs = VersionPairs(report: report)
        let pairs = versionPairs.pairs
        var suites = ""
        var totalTests = 0, totalFailures = 0
        for rule in report.ruleDescriptors {
            var cases = ""
            var failures = 0
            for pair in pairs {
                let findings = versionPairs.findings(of: rule.id, in: pair)
                let name = Markup.escape("\(rule.id) \(pair.name)", attribute: true)
                let classname = Markup.escape(rule.id, attribute: true)
                guard !findings.isEmpty else {
                    cases += "    <testcase name=\"\(name)\" classname=\"\(classname)\"/>\n"
                    continue
                }
                failures += 1
                let worst = findings.map(\.severity).max() ?? rule.severity
                let message = findings.count == 1 ? findings[0].message : "\(findings.count) findings: " + findings.map(\.message).joined(separator: "; ")
                cases += "    <testcase name=\"\(name)\" classname=\"\(classname)\">\n"
                cases += "      <failure type=\"\(worst.rawValue)\" message=\"\(Markup.escape(message, attribute: true))\">"
                cases += Markup.escape(findings.map(Self.details).joined(separator: "\n"))
                cases += "</failure>\n    </testcase>\n"
            }
            totalTests += pairs.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(Markup.escape(rule.id, attribute: true))\" tests=\"\(pairs.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            suites += "    <properties>\n      <property name=\"summary\" value=\"\(Markup.escape(rule.summary, attribute: true))\"/>\n"
            suites += "      <property name=\"severity\" value=\"\(rule.severity.rawValue)\"/>\n    </properties>\n"
            suites += cases + "  </testsuite>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"hexaglot check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
        out += suites + "</testsuites>\n"
        return Array(out.utf8)
    }

    /// One finding as lines: what and where in the aligned text, then each version's location and excerpt.
    static func details(_ finding: Finding) -> String {
        (["\(finding.severity.rawValue): \(finding.message) (\(finding.node))"]
            + finding.sides.map { "  \($0.locationDescription) (\($0.language)): \($0.excerpt)" }).joined(separator: "\n")
    }
}
