import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// Markdown as people type it: a real list, labels not escaped, emphasis,
/// footnotes with names and continuation lines, a wrapped line that starts
/// with a year.
final class MarkdownReaderTests: XCTestCase {
    static let handWritten = """
        ---
        title: "Overview: consultations"
        lang: en
        ---
        OPEN-ENDED WORKING GROUP ON THE POST-2020 GLOBAL BIODIVERSITY FRAMEWORK
        Second meeting
        Rome, 24–29 February 2020
        Item 3 of the provisional agenda[^agenda]

        **Note by the Executive Secretary**

        ## I. Introduction

        1. In decision 14/34, the Conference of the Parties set out the process.
           It continues on an indented line.[^web]

        2. The consultations were supported by **Australia** and _Austria_, as well as in
        2020. This wrapped line starts with a year, and snake_case_words stay.

        Section II
        ----------

        3. These meetings were:
           (a) Workshop on restoration, 6–8 November 2019;[^ws]
           (b) Workshop on marine biodiversity, see [the page](https://www.cbd.int/x_y) and `code_span`.

        <!-- a comment that is not text -->

        [^agenda]: CBD/WG2020/1/1.
        [^web]: See <https://www.cbd.int/conferences/post2020>
            and the page of the Co-Chairs.

        [^ws]: https://www.cbd.int/meetings/POST2020-WS-2019-11

            A second paragraph of the same footnote.

        """

    func testHandTypedMarkdownGivesTheTree() throws {
        let document = try MarkdownReader().read(Array(Self.handWritten.utf8), file: "note.md")
        let expected = """
            masthead body: OPEN-ENDED WORKING GROUP ON THE POST-2020 GLOBAL BIODIVERSITY FRAMEWORK
            masthead session: Second meeting
            masthead venue: Rome, 24–29 February 2020
            masthead agendaItem: Item 3 of the provisional agenda⟨fn 1⟩
            title: Overview: consultations
            author: Note by the Executive Secretary
            section 1 [I.]: Introduction
              paragraph 1 [1.]: In decision 14/34, the Conference of the Parties set out the process. It continues on an indented line.⟨fn 2⟩
              paragraph 2 [2.]: The consultations were supported by Australia and Austria, as well as in 2020. This wrapped line starts with a year, and snake_case_words stay.
            section 2 [Section II]: 
              paragraph 3 [3.]: These meetings were:
                sub-item 1 [(a)]: Workshop on restoration, 6–8 November 2019;⟨fn 3⟩
                sub-item 2 [(b)]: Workshop on marine biodiversity, see the page and code_span.
            footnote 1: CBD/WG2020/1/1.
            footnote 2: See https://www.cbd.int/conferences/post2020 and the page of the Co-Chairs.
            footnote 3: https://www.cbd.int/meetings/POST2020-WS-2019-11 A second paragraph of the same footnote.

            """
        XCTAssertEqual(TreeShape.of(document), expected)
        XCTAssertEqual(document.language, "en")
    }

    func testNodesAreLocatedAfterTheirLabel() throws {
        let document = try MarkdownReader().read(Array(Self.handWritten.utf8), file: "note.md")
        let paragraph = try XCTUnwrap(document.sections.first?.paragraphs.first)
        XCTAssertEqual(paragraph.location, SourceLocation(file: "note.md", line: 14, column: 4))
        XCTAssertEqual(document.sections.first?.location, SourceLocation(file: "note.md", line: 12, column: 7))
        let ref = try XCTUnwrap(paragraph.content.footnoteRefs.first)
        XCTAssertEqual(ref.location, SourceLocation(file: "note.md", line: 15, column: 37))
        let subItem = try XCTUnwrap(document.sections.last?.paragraphs.first?.subItems.first)
        XCTAssertEqual(subItem.location, SourceLocation(file: "note.md", line: 24, column: 8))
        XCTAssertEqual(document.footnotes.first?.location, SourceLocation(file: "note.md", line: 29, column: 12))
    }

    func testTitleHeadingSymbolAndEscapedLabelsAsHexaglotWritesThem() throws {
        let markdown = #"""
            CBD/WG2020/2/2

            Working \*Group\* \<draft\> \& next\_steps

            # تقرير

            مذكرة من الأمينة التنفيذية

            ## أولاً \- مقدمة

            1 \- انظر CBD/WG2020/1/5 و<https://www.cbd.int/conferences/post2020>.[^1]

            \(أ\) بند فرعي &amp; آخر

            [^1]: <https://www.cbd.int/meetings/POST2020-WS-2019-11>.
            """#
        let document = try MarkdownReader().read(Array(markdown.utf8), file: "ar.md")
        XCTAssertEqual(TreeShape.of(document), """
            symbol CBD/WG2020/2/2
            masthead agendaItem: Working *Group* <draft> & next_steps
            title: تقرير
            author: مذكرة من الأمينة التنفيذية
            section 1 [أولاً -]: مقدمة
              paragraph 1 [1 -]: انظر CBD/WG2020/1/5 وhttps://www.cbd.int/conferences/post2020.⟨fn 1⟩
                sub-item 1 [(أ)]: بند فرعي & آخر
            footnote 1: https://www.cbd.int/meetings/POST2020-WS-2019-11.

            """)
        XCTAssertEqual(document.language, "ar")
        XCTAssertEqual(document.direction, .rightToLeft)
    }

    func testEmphasisPairsAreRemovedAndLoneMarkersKept() throws {
        let markdown = "# T\n\nA\n\n## 1. S\n\n1. *one* **two** ***three*** 5 * 3 = 15, a_b_c, __x__ ~~y~~ ~z, https://a.org/_b_ and [^n] end\n\n[^n]: note\n"
        let document = try MarkdownReader().read(Array(markdown.utf8), file: "e.md")
        let text = TreeShape.text(try XCTUnwrap(document.divisions(.paragraph).first).content)
        XCTAssertEqual(text, "one two three 5 * 3 = 15, a_b_c, x y ~z, https://a.org/_b_ and ⟨fn 1⟩ end")
    }

    func testMalformedMarkdownIsALocatedErrorOrReadWithoutCrashing() throws {
        XCTAssertThrowsError(try MarkdownReader().read(Array("# T\n\nok\n".utf8) + [0xC3, 0x28], file: "bad.md")) { error in
            XCTAssertEqual("\(error)", "bad.md:4:1: error: invalid UTF-8; expected UTF-8 text")
        }
        // Deep brackets, unclosed emphasis and code, endless footnote labels: read, in bounded time.
        let hostile = String(repeating: "[", count: 20_000) + String(repeating: "*a", count: 5_000) + "`" + String(repeating: "](", count: 5_000)
            + "\n\n[^" + String(repeating: "x", count: 500) + "]: body\n\n" + String(repeating: "> ", count: 2_000) + "text"
        let start = Date()
        let document = try MarkdownReader().read(Array(hostile.utf8), file: "hostile.md")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertFalse(document.title.content.isEmpty && document.masthead.isEmpty && document.author.content.isEmpty && document.body.isEmpty)
    }
}
