import HexaglotTestSupport
import XCTest
@testable import HexaglotCheck
import HexaglotTree

/// The fast paths the readers and the checker use must answer exactly as the
/// standard library's slower ones do.
final class ScalarTextTests: XCTestCase {
    func testScalarClassAgreesWithUnicodePropertiesOnEveryBMPScalar() {
        var checked = 0
        for value in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(value) else { continue }
            let p = c.properties
            XCTAssertEqual(ScalarClass.isAlphabetic(c), p.isAlphabetic, "U+\(String(value, radix: 16))")
            XCTAssertEqual(ScalarClass.isWhitespace(c), p.isWhitespace, "U+\(String(value, radix: 16))")
            let decimal = p.numericType == .decimal
            XCTAssertEqual(ScalarClass.isDigit(c), decimal, "U+\(String(value, radix: 16))")
            XCTAssertEqual(ScalarClass.digitValue(c), decimal ? p.numericValue.map { Int($0) } : nil, "U+\(String(value, radix: 16))")
            checked += 1
        }
        XCTAssertEqual(checked, 0x10000 - 0x800)  // all but the surrogates
        // Beyond the BMP the properties are asked directly.
        XCTAssertEqual(ScalarClass.digitValue("\u{1D7D7}"), 9)  // MATHEMATICAL BOLD DIGIT NINE
        XCTAssertTrue(ScalarClass.isAlphabetic("\u{20000}"))  // a CJK Extension B ideograph
        XCTAssertFalse(ScalarClass.isAlphabetic("\u{1F600}"))
    }

    func testStringsFromScalarsRoundTripEveryEncodedLength() {
        let samples = ["", "a", "é", "شباط/فبراير", "二〇二〇年", "𠀀😀x", "mixed ß 中 \u{10FFFF}"]
        for sample in samples {
            let scalars = sample.scalarArray
            XCTAssertEqual(scalars, Array(sample.unicodeScalars))
            XCTAssertEqual(sample.scalarCount, sample.unicodeScalars.count)
            XCTAssertEqual(String(scalars: scalars), sample)
            XCTAssertEqual(String(scalars: scalars[...]), sample)
            XCTAssertEqual(String(scalars: sample.unicodeScalars), sample)  // the generic path
        }
        let line = "0123456789"
        XCTAssertEqual(String(scalars: line.scalarArray[3..<6]), "345")
        XCTAssertEqual(Substring("ab中").scalarArray, ["a", "b", "中"])
        XCTAssertEqual("x中𠀀y".dropFirst().scalarArray, ["中", "𠀀", "y"])  // a substring from inside its string
        XCTAssertEqual("x中𠀀y".dropFirst().scalarCount, 3)
    }

    func testLinesSplitAtLineFeedsOnly() {
        XCTAssertEqual("a\nb\n\nc".lines, ["a", "b", "", "c"])
        XCTAssertEqual("a\n".lines, ["a", ""])
        XCTAssertEqual("".lines, [""])
        XCTAssertEqual("中\n文".lines, ["中", "文"])
        for text in ["x\ny", "\n\n", "no break", "a\nb\n", "é\n𠀀x\n\nشباط\n"] {
            XCTAssertEqual(text.lines, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    func testContainsBytes() {
        XCTAssertTrue("text [bookmark: x] more".containsBytes(of: "[bookmark:"))
        XCTAssertFalse("text [bookmark x]".containsBytes(of: "[bookmark:"))
        XCTAssertTrue("[footnoteRef:".containsBytes(of: "[footnoteRef:"))
        XCTAssertFalse("[footnoteRef".containsBytes(of: "[footnoteRef:"))
        XCTAssertTrue("abc".containsBytes(of: ""))
        // Bytes, not canonical equivalence: é precomposed is not e + U+0301.
        XCTAssertFalse("caf\u{E9}".containsBytes(of: "cafe\u{301}"))
    }

    func testUTF8TextDecodesAndLocatesTheFirstBadByte() throws {
        XCTAssertEqual(try UTF8Text.decode(Array("\u{FEFF}a\r\nb\rc".utf8), file: "f.txt"), "a\nb\nc")
        XCTAssertEqual(try UTF8Text.decode(Array("中文".utf8), file: "f.txt"), "中文")
        let cases: [([UInt8], String)] = [
            (Array("ab\nc".utf8) + [0xFF] + Array("d".utf8), "f.txt:2:2"),
            (Array("中\n文x".utf8) + [0], "f.txt:2:3"),
            (Array("é".utf8) + [0xE4, 0xB8], "f.txt:1:2"),  // a sequence cut short at the end
        ]
        for (bytes, location) in cases {
            XCTAssertThrowsError(try UTF8Text.decode(bytes, file: "f.txt")) { error in
                XCTAssertTrue("\(error)".hasPrefix(location), "\(error)")
            }
        }
    }

    func testParallelMapKeepsOrderAndReportsTheFirstError() throws {
        let items = Array(0..<200)
        XCTAssertEqual(Parallel.map(items) { $0 * $0 }, items.map { $0 * $0 })
        struct Failure: Error, Equatable { let item: Int }
        XCTAssertThrowsError(try Parallel.map(items) { (i: Int) throws -> Int in
            if i % 50 == 7 { throw Failure(item: i) }
            return i
        }) { error in
            XCTAssertEqual(error as? Failure, Failure(item: 7))
        }
        XCTAssertEqual(Parallel.map([Int]()) { $0 }, [])
    }
}

/// The States counter reads a text once from the left, taking the longest name that is a word there.
final class StatesMatcherTests: XCTestCase {
    func testCountsWholeWordsLongestFirst() {
        let en = StatesListRule.Matcher(names: ["Niger", "Nigeria", "Guinea", "Guinea-Bissau", "Papua New Guinea", "Equatorial Guinea"])
        XCTAssertEqual(en.count(in: "Niger, Nigeria and Guinea-Bissau"), 3)
        XCTAssertEqual(en.count(in: "Papua New Guinea and Equatorial Guinea"), 2)
        XCTAssertEqual(en.count(in: "Nigerian and Guinean delegates"), 0)  // not inside longer words
        XCTAssertEqual(en.count(in: ""), 0)

        // Arabic joins "و" (and) to the next word; a name inside a longer word does not count.
        let ar = StatesListRule.Matcher(names: ["كينيا", "الصين"])
        XCTAssertEqual(ar.count(in: "كينيا والصين"), 2)
        XCTAssertEqual(ar.count(in: "تمكينياً"), 0)

        // Han script has no word breaks.
        let zh = StatesListRule.Matcher(names: ["中国", "日本"])
        XCTAssertEqual(zh.count(in: "中国、日本和中国"), 3)
    }
}
