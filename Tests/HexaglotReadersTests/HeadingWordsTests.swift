import HexaglotModel
@testable import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// The heading words the readers tell a division's kind by come from `Locales/<lang>/headings.yaml`.
final class HeadingWordsTests: XCTestCase {
    func testTheReadersUseEveryLanguagesHeadingsFile() throws {
        let words = try Workspace(root: Repo.root).loadHeadingWords()
        XCTAssertEqual(DivisionWords.words, words)
        XCTAssertEqual(words.before["статья"], .article)
        XCTAssertEqual(words.before["المادة"], .article)
        XCTAssertEqual(words.alone["préambule"], .preamble)
        XCTAssertTrue(words.around.contains(HeadingWords.Frame(before: "第", after: "条", kind: .article)))
        XCTAssertEqual(words.adverbs.count, 10)
        for (line, kind, value) in [("第二十四条 人人有权", DivisionKind.article, 24), ("附件二", .annex, 2), ("Capítulo IV", .chapter, 4),
                                    ("ثانياً - مقدمة", .section, 2)] {
            let match = try XCTUnwrap(LabelRecognizer().recognize(line), line)
            XCTAssertEqual(match.number?.value, value, line)
            if line != "ثانياً - مقدمة" { XCTAssertEqual(match.kind, kind, line) }
        }
    }

    func testABadHeadingsFileIsALocatedError() {
        XCTAssertThrowsError(try HeadingWords.decode(yaml: "before: {article: [Article]}\n", file: "h.yaml")) { error in
            XCTAssertTrue("\(error)".contains("h.yaml:1:1"), "\(error)")
            XCTAssertTrue("\(error)".contains("source"), "\(error)")
        }
        XCTAssertThrowsError(try HeadingWords.decode(yaml: "before: {clause: [Clause]}\nsource: x\n", file: "h.yaml")) { error in
            XCTAssertTrue("\(error)".contains("h.yaml:1:10"), "\(error)")
            XCTAssertTrue("\(error)".contains("unknown division kind 'clause'"), "\(error)")
        }
        XCTAssertThrowsError(try HeadingWords.decode(yaml: "around: {article: [第]}\nsource: x\n", file: "h.yaml")) { error in
            XCTAssertTrue("\(error)".contains("[before, after]"), "\(error)")
        }
    }
}
