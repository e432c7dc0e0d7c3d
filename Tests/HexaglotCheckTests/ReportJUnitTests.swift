import Foundation
import HexaglotCheck
import HexaglotTestSupport
import XCTest

/// `hexaglot check --format junit`: one suite per rule, one case per rule per
/// pair of versions, failures exactly where a pair has findings of a rule.
final class ReportJUnitTests: XCTestCase {
    static let edits: [String: [(String, String)]] = [
        "fr": [("POST2020-WS-2019-11", "POST2020-WS-2019-99")],
        "ar": [("[footnoteRef:3]", ""), ("POST2020-WS-2019-12", "POST2020-WS-2019-13")],
    ]

    func testOneSuitePerRuleOneCasePerPairFailingWhereThePairHasFindings() throws {
        let scenario = try ReportScenario(edits: Self.edits)
        let report = scenario.report
        let root = try XMLTree.parse(try JUnitReporter().render(report))
        XCTAssertEqual(root.name, "testsuites")
        let suites = root.children("testsuite")
        XCTAssertEqual(suites.map { $0.attributes["name"] }, Checker.allRules.map(\.id))

        // What should fail, worked out from the findings' languages independently of the reporter.
        var expected = Set<String>()
        for finding in report.findings {
            for language in Set(finding.sides.map(\.language)).subtracting(["zh"]) { expected.insert("\(finding.rule) zh↔\(language)") }
        }
        XCTAssertTrue(expected.isSuperset(of: ["facts.urls zh↔fr", "facts.urls zh↔ar", "footnotes.citation zh↔ar"]), "\(expected)")

        var failing = Set<String>()
        for suite in suites {
            let rule = suite.attributes["name"] ?? ""
            let cases = suite.children("testcase")
            XCTAssertEqual(cases.map { $0.attributes["name"] }, ["ar", "en", "fr", "es", "ru"].map { "\(rule) zh↔\($0)" })
            XCTAssertEqual(suite.attributes["tests"], "5")
            let failed = cases.filter { !$0.children("failure").isEmpty }
            XCTAssertEqual(suite.attributes["failures"], "\(failed.count)", rule)
            for testcase in failed {
                failing.insert(testcase.attributes["name"] ?? "")
                let failure = testcase.children("failure")[0]
                let pair = report.findings.filter { $0.rule == rule && "\(rule) zh↔\($0.sides.last?.language ?? "")" == testcase.attributes["name"] }
                for finding in pair {
                    XCTAssertTrue(failure.attributes["message"]?.contains(finding.message) == true, finding.message)
                    for side in finding.sides { XCTAssertTrue(failure.text.contains(side.locationDescription), side.locationDescription) }
                }
            }
        }
        XCTAssertEqual(failing, expected)
        XCTAssertEqual(root.attributes["tests"], "\(Checker.allRules.count * 5)")
        XCTAssertEqual(root.attributes["failures"], "\(expected.count)")

        let urlFailure = suites.first { $0.attributes["name"] == "facts.urls" }?.children("testcase")
            .first { $0.attributes["name"] == "facts.urls zh↔fr" }?.children("failure").first
        XCTAssertTrue(urlFailure?.text.contains("renderings/note.fr.txt:\(scenario.line(of: "POST2020-WS-2019-99", in: "fr") ?? -1):") == true,
                      urlFailure?.text ?? "no failure")
        XCTAssertEqual(urlFailure?.attributes["type"], "error")
    }

    /// A finding about the reference alone (its sides name no other version) fails every pair of its rule.
    func testAFindingOfTheReferenceAloneFailsEveryPair() throws {
        let files = ["zh": "a/zh.txt", "fr": "a/fr.txt", "ar": "a/ar.txt"]
        let inputs = ["zh", "fr", "ar"].map { CheckReport.Input(file: files[$0]!, language: $0, format: "text", reference: $0 == "zh") }
        let findings = [
            Finding(rule: "x.one", severity: .error, message: "zh: footnote 2 is never cited", node: "footnote 2",
                    sides: [.text("zh", files["zh"]!, 30, 1, "body")]),
            Finding(rule: "x.one", severity: .warning, message: "zh and fr differ", node: "paragraph 1",
                    sides: [.text("zh", files["zh"]!, 9, 4, "一"), .text("fr", files["fr"]!, 9, 5, "un")]),
            Finding(rule: "x.two", severity: .note, message: "fr alone", node: "title", sides: [.text("fr", files["fr"]!, 7, 1, "Titre")]),
        ]
        let rules: [any CheckRule] = [StubRule(id: "x.one", severity: .error), StubRule(id: "x.two", severity: .note),
                                      StubRule(id: "x.three", severity: .warning)]
        let root = try XMLTree.parse(try JUnitReporter().render(CheckReport(inputs: inputs, findings: findings, rules: rules)))
        let suites = Dictionary(uniqueKeysWithValues: root.children("testsuite").map { ($0.attributes["name"] ?? "", $0) })
        XCTAssertEqual(Set(suites.keys), ["x.one", "x.two", "x.three"])
        func failures(_ rule: String) -> [String: XMLTree] {
            Dictionary(uniqueKeysWithValues: (suites[rule]?.children("testcase") ?? []).compactMap { testcase in
                testcase.children("failure").first.map { (testcase.attributes["name"] ?? "", $0) }
            })
        }
        let one = failures("x.one")
        XCTAssertEqual(Set(one.keys), ["x.one zh↔fr", "x.one zh↔ar"])
        XCTAssertEqual(one["x.one zh↔fr"]?.attributes["message"], "2 findings: zh: footnote 2 is never cited; zh and fr differ")
        XCTAssertEqual(one["x.one zh↔fr"]?.attributes["type"], "error")
        XCTAssertEqual(one["x.one zh↔ar"]?.attributes["message"], "zh: footnote 2 is never cited")
        XCTAssertTrue(one["x.one zh↔fr"]?.text.contains("a/fr.txt:9:5 (fr): un") == true)
        XCTAssertEqual(Set(failures("x.two").keys), ["x.two zh↔fr"])
        XCTAssertEqual(failures("x.two")["x.two zh↔fr"]?.attributes["type"], "note")
        XCTAssertTrue(failures("x.three").isEmpty)
        XCTAssertEqual(suites["x.one"]?.attributes["failures"], "2")
        XCTAssertEqual(suites["x.two"]?.attributes["failures"], "1")
        XCTAssertEqual(suites["x.three"]?.attributes["tests"], "2")
        XCTAssertEqual(root.attributes["tests"], "6")
        XCTAssertEqual(root.attributes["failures"], "3")
    }

    func testTextIsEscapedAndTheSameReportGivesTheSameBytes() throws {
        let message = "a <b> & \"c\" 'd' \u{1}e\nf"
        let inputs = [CheckReport.Input(file: "x&y.txt", language: "zh", format: "text", reference: true),
                      CheckReport.Input(file: "x<y>.txt", language: "fr", format: "text", reference: false)]
        let findings = [Finding(rule: "x.one", severity: .error, message: message, node: "title",
                                sides: [.text("fr", "x<y>.txt", 1, 1, "]]> <!-- & -->")])]
        let report = CheckReport(inputs: inputs, findings: findings, rules: [StubRule(id: "x.one", severity: .error)])
        let bytes = try JUnitReporter().render(report)
        XCTAssertEqual(bytes, try JUnitReporter().render(report))
        let failure = try XMLTree.parse(bytes).all("failure")
        XCTAssertEqual(failure.count, 1)
        XCTAssertEqual(failure.first?.attributes["message"], "a <b> & \"c\" 'd' \u{FFFD}e\nf")
        XCTAssertTrue(failure.first?.text.contains("x<y>.txt:1:1 (fr): ]]> <!-- & -->") == true, failure.first?.text ?? "")
    }
}
