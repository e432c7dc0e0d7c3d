import HexaglotTestSupport
import HexaglotTree
import XCTest
import HexaglotReaders

/// Labels are read from the head of a line; long lines must give the same
/// answer as short ones, whatever their length.
final class LabelRecognizerTests: XCTestCase {
    let recognizer = LabelRecognizer()

    func testLabelsOnShortAndLongLines() {
        let body = String(repeating: "long text ", count: 100)
        let cases: [(String, DivisionKind, String, String)] = [
            ("12. ", .paragraph, "12", "12."), ("3 - ", .paragraph, "3", "3 -"), ("IV. ", .section, "iv", "IV."),
            ("二. ", .section, "2", "二."), ("ثانياً - ", .section, "2", "ثانياً -"), ("(b) ", .subparagraph, "b", "(b)"),
            ("（c） ", .subparagraph, "c", "（c）"), ("(هـ) ", .subparagraph, "e", "(هـ)"), ("(iv) ", .point, "iv", "(iv)"),
            ("1.a ", .target, "1.a", "1.a"), ("17.19 ", .target, "17.19", "17.19"), ("Article 24 ", .article, "24", "Article 24"),
            ("第二十四条 ", .article, "24", "第二十四条"), ("第一百一十条 ", .article, "110", "第一百一十条"),
            ("المادة 24 ", .article, "24", "المادة 24"), ("Article premier ", .article, "1", "Article premier"),
            ("Статья 5 ", .article, "5", "Статья 5"), ("CHAPTER IV ", .chapter, "iv", "CHAPTER IV"),
            ("الفصل الرابع ", .chapter, "4", "الفصل الرابع"), ("第四章 ", .chapter, "4", "第四章"), ("附件二 ", .annex, "2", "附件二"),
            ("Annexe II ", .annex, "ii", "Annexe II"), ("Goal 1 ", .goal, "1", "Goal 1"),
        ]
        for (label, kind, number, printed) in cases {
            for line in [label + "text", label + body] {
                let match = recognizer.recognize(line)
                XCTAssertEqual(match?.kind, kind, line.prefix(20).description)
                XCTAssertEqual(match?.number?.canonical, number, line.prefix(20).description)
                XCTAssertEqual(match?.label, printed)
                XCTAssertEqual(match?.contentOffset, label.unicodeScalars.count)
            }
        }
    }

    func testRomanAndLetterReadingsOfTheSameLabel() {
        let i = recognizer.recognize("(i) text")
        XCTAssertEqual(i?.number?.scheme, .roman)
        XCTAssertEqual(i?.alternative?.canonical, "i")
        XCTAssertEqual(i?.alternative?.value, 9)
        XCTAssertNil(recognizer.recognize("(j) text")?.alternative)
    }

    func testHeadingsWithNoNumber() {
        XCTAssertEqual(recognizer.recognize("Preamble")?.kind, .preamble)
        XCTAssertEqual(recognizer.recognize("序言")?.kind, .preamble)
        XCTAssertEqual(recognizer.recognize("ПРЕАМБУЛА")?.kind, .preamble)
        XCTAssertNil(recognizer.recognize("Preamble to the text that follows"))
    }

    func testNotLabels() {
        for line in ["2020年后全球生物多样性框架", "Article 8(j) of the Convention", "Part of the text", "3.5per cent", "The 2030 Agenda"] {
            XCTAssertNil(recognizer.recognize(line), line)
        }
    }

    func testLabelsAfterLongIndentationAndLongUnlabelledLines() {
        let indent = String(repeating: " ", count: 300)
        XCTAssertEqual(recognizer.recognize(indent + "7. text")?.number?.value, 7)
        XCTAssertEqual(recognizer.recognize(indent + "7. text")?.contentOffset, 303)
        XCTAssertEqual(recognizer.recognize("5." + String(repeating: " ", count: 300) + "text")?.contentOffset, 302)
        XCTAssertNil(recognizer.recognize(String(repeating: "中文没有编号", count: 100)))
        XCTAssertNil(recognizer.recognize(String(repeating: "I", count: 400) + ". text"))
        XCTAssertNil(recognizer.recognize(indent))
    }
}
