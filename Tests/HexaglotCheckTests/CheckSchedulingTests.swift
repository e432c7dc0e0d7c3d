import HexaglotICU
import HexaglotModel
import HexaglotTestSupport
import HexaglotTree
import XCTest
@testable import HexaglotCheck

/// How a check spreads its work over the cores must not show in what it finds: results
/// keep the versions', nodes' and rules' order, and what is made once answers as made anew.
final class CheckSchedulingTests: XCTestCase {
    private func version(_ name: String, paragraphs: Int) throws -> Version {
        let text = "Title of \(name)\nAuthor\n" + (1...paragraphs).map { "\($0).\tParagraph \($0) of \(name)." }.joined(separator: "\n") + "\n"
        return try VersionLoader().load(bytes: Array(text.utf8), name: "\(name).en.txt", format: .text).0
    }

    func testNodesMappedInRunsKeepEachVersionsOrder() throws {
        let versions = try [version("a", paragraphs: 7), version("b", paragraphs: 1), version("c", paragraphs: 12)]
        let expected = versions.indices.map { v in versions[v].nodes.map { "\(v) \($0.key) \($0.text)" } }
        for run in [1, 2, 5, 256] {
            XCTAssertEqual(Parallel.mapNodes(of: versions, run: run) { v, node in "\(v) \(node.key) \(node.text)" }, expected, "run \(run)")
        }
    }

    /// A rule that finds what it is given, costly or not.
    private struct Fixed: CheckRule {
        let id: String
        let severity = Finding.Severity.error
        let summary = "fixed findings"
        let isCostly: Bool
        func check(_ context: CheckContext) -> [Finding] {
            (1...3).map { Finding(rule: id, severity: severity, message: "\(id) \($0)", node: "title", key: .title, sides: []) }
        }
    }

    func testFindingsKeepTheRulesOrderWhicheverStartsFirst() async throws {
        let context = CheckContext(versions: try [version("a", paragraphs: 2), version("b", paragraphs: 2)])
        let rules = [Fixed(id: "cheap.first", isCostly: false), Fixed(id: "costly", isCostly: true), Fixed(id: "cheap.last", isCostly: false)]
        let expected = rules.flatMap { $0.check(context) }.map(\.message)
        XCTAssertEqual(Self.checkOnThreads(Checker(rules: rules), context).map(\.message), expected)
        let asynchronous = await Checker(rules: rules).check(context)
        XCTAssertEqual(asynchronous.map(\.message), expected)
        XCTAssertEqual(Checker.allRules.filter(\.isCostly).map(\.id), ["lists.states"])
    }

    /// The command line's path (in an async test, `check` without `await` would not name it).
    private static func checkOnThreads(_ checker: Checker, _ context: CheckContext) -> [Finding] {
        checker.check(context)
    }

    func testAKeptStatesMatcherIsOneOfTheSameNames() {
        let prefixes = FactKnowledge.standard.facts(for: "en").vocabulary
        let names = ["Canada", "Chad"]
        let first = StatesListRule.Matcher.kept(names: names, language: "en", prefixes: prefixes)
        XCTAssertEqual(first.count(in: "Canada and Chad"), 2)
        XCTAssertEqual(StatesListRule.Matcher.kept(names: names, language: "en", prefixes: prefixes).count(in: "Canada and Chad"), 2)
        // Other names for the same language: a matcher of those, not the one kept.
        let other = StatesListRule.Matcher.kept(names: ["Chad"], language: "en", prefixes: prefixes)
        XCTAssertEqual(other.count(in: "Canada and Chad"), 1)
        XCTAssertEqual(StatesListRule.Matcher.kept(names: [], language: "en", prefixes: prefixes).count(in: "Canada and Chad"), 0)
    }

    func testLoneHanNumeralsReadAsICUReadsThem() throws {
        let zh = SpelledNumbers.cached("zh")
        XCTAssertFalse(zh.hanNumerals.isEmpty)
        for numeral in zh.hanNumerals {
            let icu = try SpellOutParser(locale: "zh").parse(String(numeral))
            XCTAssertEqual(zh.readHan([numeral][...]), icu, "\(numeral)")
        }
        XCTAssertEqual(zh.readHan(Array("两".unicodeScalars)[...])?.value, "2")
        XCTAssertNil(zh.readHan(Array("第".unicodeScalars)[...]))
        XCTAssertEqual(zh.readHan(Array("二十四".unicodeScalars)[...]), try SpellOutParser(locale: "zh").parse("二十四"))
    }
}
