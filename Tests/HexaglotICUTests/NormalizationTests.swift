import XCTest
@testable import HexaglotICU

final class NormalizationTests: XCTestCase {
    func testNFCAndNFKC() throws {
        XCTAssertEqual(Array(try Normalization.nfc("e\u{301}").unicodeScalars), ["\u{E9}"])
        XCTAssertEqual(try Normalization.nfc("ﬁ"), "ﬁ")                  // NFC keeps compatibility characters
        XCTAssertEqual(try Normalization.nfkc("ﬁ１２Ａ\u{2126}"), "fi12AΩ") // …NFKC folds them
        XCTAssertEqual(Array(try Normalization.nfkc("\u{2126}").unicodeScalars), ["\u{3A9}"])
        XCTAssertEqual(try Normalization.nfkc("\u{FEF7}"), "\u{644}\u{623}")  // Arabic ligature LAM WITH ALEF
        XCTAssertEqual(try Normalization.nfkc("㈠"), "(一)")
        XCTAssertEqual(try Normalization.nfc(""), "")
        XCTAssertEqual(try Normalization.nfkc(String(repeating: "ﬁ", count: 5000)), String(repeating: "fi", count: 5000))
    }
}
