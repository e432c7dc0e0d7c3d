import XCTest
import HexaglotReaders

/// Labels are read from the head of a line; long lines must give the same
/// answer as short ones, whatever their length.
final class LabelRecognizerTests: XCTestCase {
    let recognizer = LabelRecognizer()

    func testLabelsOnShortAndLongLines() {
        let body = String(repeating: "long text ", count: 100)
        let cases: [(String, LabelRecognizer.Kind, Int, String)] = [
            ("12. ", .paragraph, 12, "12."), ("3 - ", .paragraph, 3, "3 -"), ("IV. ", .section, 4, "IV."),
            ("二. ", .section, 2, "二."), ("ثانياً - ", .section, 2, "ثانياً -"), ("(b) ", .subItem, 2, "(b)"),
            ("（c） ", .subItem, 3, "（c）"), ("(هـ) ", .subItem, 5, "(هـ)"),
        ]
        for (label, kind, number, printed) in cases {
            for line in [label + "text", label + body] {
                let match = recognizer.recognize(line)
                XCTAssertEqual(match?.kind, kind, line.prefix(20).description)
                XCTAssertEqual(match?.number, number, line.prefix(20).description)
                XCTAssertEqual(match?.label, printed)
                XCTAssertEqual(match?.contentOffset, label.unicodeScalars.count)
            }
        }
    }

    func testLabelsAfterLongIndentationAndLongUnlabelledLines() {
        let indent = String(repeating: " ", count: 300)
        XCTAssertEqual(recognizer.recognize(indent + "7. text")?.number, 7)
        XCTAssertEqual(recognizer.recognize(indent + "7. text")?.contentOffset, 303)
        XCTAssertEqual(recognizer.recognize("5." + String(repeating: " ", count: 300) + "text")?.contentOffset, 302)
        XCTAssertNil(recognizer.recognize(String(repeating: "中文没有编号", count: 100)))
        XCTAssertNil(recognizer.recognize(String(repeating: "I", count: 400) + ". text"))
        XCTAssertNil(recognizer.recognize(indent))
    }
}
