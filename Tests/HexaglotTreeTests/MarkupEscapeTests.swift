import HexaglotTestSupport
import HexaglotTree
import XCTest

/// One escaper, one policy for what markup cannot carry, for writers and reports alike.
final class MarkupEscapeTests: XCTestCase {
    func testTextAndAttributes() {
        XCTAssertEqual(Markup.escape("a <b> & \"c\" 'd'\te\nf"), "a &lt;b&gt; &amp; &quot;c&quot; 'd'\te\nf")
        XCTAssertEqual(Markup.escape("a\tb\nc\rd", attribute: true), "a&#9;b&#10;c&#13;d")
    }

    func testWhatXMLAndHTMLCannotCarryBecomesTheReplacementCharacter() {
        for scalar: Unicode.Scalar in ["\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}"] {
            XCTAssertEqual(Markup.escape("a\(scalar)b"), "a\u{FFFD}b", "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertEqual(Markup.escape("\u{A0}é中\u{1F600}"), "\u{A0}é中\u{1F600}")
    }
}
