import HexaglotTestSupport
import XCTest
import HexaglotModel

/// Locales/<lang>/facts.yaml: a closed key set, every section sourced, every language present.
final class FactVocabularyTests: XCTestCase {
    func testEveryLanguageHasItsWords() throws {
        for language in ["ar", "zh", "en", "fr", "es", "ru"] {
            let v = try Repo.workspace.loadFactVocabulary(language)
            XCTAssertFalse(v.percentAfter.isEmpty, language)
            XCTAssertFalse(v.magnitudes.isEmpty, language)
            XCTAssertNotNil(v.currenciesAfter["USD"], language)
        }
        XCTAssertEqual(try Repo.workspace.loadFactVocabulary("es").magnitudes["mil millones"], 9)
        XCTAssertEqual(try Repo.workspace.loadFactVocabulary("zh").percentBefore, ["百分之"])
    }

    func testUnknownKeyAndMissingSourceAreErrors() {
        XCTAssertThrowsError(try FactVocabulary.decode(yaml: "percents: {after: ['%'], source: x}\n", file: "facts.yaml")) { error in
            XCTAssertTrue("\(error)".contains("unknown key 'percents'"), "\(error)")
        }
        XCTAssertThrowsError(try FactVocabulary.decode(yaml: "percent: {after: ['%']}\n", file: "facts.yaml")) { error in
            XCTAssertTrue("\(error)".contains("needs a 'source'"), "\(error)")
        }
        // The house separators and the month cases: located where the bad value stands.
        XCTAssertThrowsError(try FactVocabulary.decode(yaml: "separators:\n  decimal: [',']\n  grouping: [' ', '..']\n  source: x\n", file: "facts.yaml")) { error in
            XCTAssertTrue("\(error)".contains("facts.yaml:3:13"), "\(error)")
            XCTAssertTrue("\(error)".contains("a grouping separator is one character, not '..'"), "\(error)")
        }
        XCTAssertThrowsError(try FactVocabulary.decode(yaml: "dates:\n  monthCases:\n    prepositional: [январе, феврале]\n  source: x\n", file: "facts.yaml")) { error in
            XCTAssertTrue("\(error)".contains("facts.yaml:3:5"), "\(error)")
            XCTAssertTrue("\(error)".contains("needs twelve month names"), "\(error)")
        }
    }
}
