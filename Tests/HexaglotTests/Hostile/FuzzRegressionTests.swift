import Foundation
@testable import HexaglotCheck
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTesting
import HexaglotTree
import XCTest

/// What fuzzing found, one test each; the inputs are in Fuzz/Corpus/ as `regression-*`.
final class FuzzRegressionTests: XCTestCase {
    private func corpus(_ target: FuzzEntryPoints.Target, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(Repo.root)/Fuzz/Corpus/\(target.rawValue)/\(name)")))
    }

    /// Found by the prose target: an error quoting input that holds a line break
    /// (`{ter\u{1}\nm:g}`) printed on two lines, and control characters reached the terminal.
    func testAnErrorQuotingALineBreakOrControlCharacterPrintsOnOneLine() throws {
        for (target, name) in [(FuzzEntryPoints.Target.prose, "regression-line-break-in-error-fuzz.txt"),
                               (.prose, "regression-line-break-in-error.txt"),
                               (.templateYAML, "regression-line-break-in-error.yaml")] {
            let error = try XCTUnwrap(try FuzzEntryPoints.run(target, try corpus(target, name)), name)
            XCTAssertNil(FuzzEntryPoints.problem(with: error, target: target), name)
            XCTAssertFalse(error.description.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }, error.description)
        }
        let error = HexaglotError.invalidInput(nil, file: "f.yaml", message: "key 'a\nb\r\u{1B}[31m\u{2028}c'")
        XCTAssertEqual(error.description, "f.yaml: error: key 'a\\nb\\r\\u{1B}[31m\\u{2028}c'")
    }

    /// Found by the template-yaml target (a timeout): a mapping key that is an alias of nested
    /// aliases ("billion laughs") made Yams hash an exponentially large tree to look for duplicate keys.
    func testYAMLAliasesAreRefusedBeforeYamsExpandsThem() throws {
        let start = ContinuousClock.now
        let error = try XCTUnwrap(try FuzzEntryPoints.run(.templateYAML, try corpus(.templateYAML, "regression-alias-key-exponential-hash.yaml")))
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        XCTAssertEqual(error.description, "fuzz/template.yaml:2:8: error: YAML alias '*a': aliases are not allowed; expected the value written out")
    }

    /// Found by the text and HTML targets on the seed `[footnoteRef:99999999999999999999]`:
    /// the checker's fact extractor multiplied a 20-digit number past Int.max and trapped.
    func testTwentyDigitNumbersDoNotOverflowTheFactExtractor() throws {
        for target in [FuzzEntryPoints.Target.text, .markdown, .html] {
            let ext = target == .text ? "txt" : target == .markdown ? "md" : "html"
            XCTAssertNil(try FuzzEntryPoints.run(target, try corpus(target, "regression-article-number-overflow.\(ext)")))
        }
        let facts = FactExtractor(language: "en").facts(in: "Article 99999999999999999999(j), decision 99999999999999999999/99999999999999999999.")
        XCTAssertFalse(facts.isEmpty)
    }

    /// Found by the text target (a timeout): 800 label-only lines took over 10 s, as every
    /// rule looked each node up by a linear search (quadratic in the number of nodes).
    func testManyNodesAreCheckedInLinearTime() throws {
        let lines = String(repeating: "I.\n1.\n(a)\n(i)\n", count: 3_000)
        let version = Version(file: "many.txt", language: "en", document: try TextReader().read(Array(lines.utf8), file: "many.txt"))
        XCTAssertGreaterThan(version.nodes.count, 6_000)
        let start = ContinuousClock.now
        _ = Checker().check(CheckContext(versions: [version, version]))
        // Quadratic, this took minutes; linear, well under a second (the bound allows for a loaded machine).
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(60))
        XCTAssertNil(try FuzzEntryPoints.run(.text, try corpus(.text, "regression-repeated-labels-quadratic.txt")))
    }
}
