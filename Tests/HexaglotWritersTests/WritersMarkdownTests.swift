import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

final class WritersMarkdownTests: XCTestCase {
    func testHandBuiltEnglishNoteGivesExactMarkdown() throws {
        let expected = #"""
            TEST/1/2

            Working Group

            1\. Item 3[^1]

            # Review of \*progress\* \<draft\> \& next\_steps

            Note by the Executive Secretary

            ## I\. Introduction

            1\. Held on 6–8 November 2019 under 2020 framework.[^2]

            \(a\) See CBD/WG2020/1/5;

            \(b\) <https://example.org/a_b?x=1&y=2>.

            [^1]: TEST/1/1.

            [^2]: 1\. Not a list; see <https://example.org/x>

            """#
        XCTAssertEqual(try MarkdownWriter().text(WriterFixtures.english), expected)
    }

    func testHandBuiltArabicNoteGivesExactMarkdown() throws {
        let expected = #"""
            CBD/WG2020/2/2

            الاجتماع الثاني

            # تقرير

            مذكرة من الأمينة التنفيذية

            ## أولاً \- مقدمة

            1 \- انظر CBD/WG2020/1/5 و<https://www.cbd.int/conferences/post2020>.[^1]

            \(أ\) الوثيقتان CBD/SBI/3/1 و CBD/SBI/3/1/Add.1؛

            [^1]: <https://www.cbd.int/meetings/POST2020-WS-2019-11>.

            """#
        XCTAssertEqual(try MarkdownWriter().text(WriterFixtures.arabic), expected)
    }

    /// Lines that a Markdown renderer would take for a list, a quote or a
    /// heading stay text; a URL shown differently from its address stays a link.
    func testBlockMarkersAtLineStartsAndLinkTextAreEscaped() throws {
        let document = Document(
            id: "t", language: "en",
            masthead: [
                MastheadLine(role: .body, content: [.text("- dash")]),
                MastheadLine(role: .session, content: [.text("    iv) four spaces")]),
                MastheadLine(role: .venue, content: [.text("> quote # not heading")]),
            ],
            title: Block([.text("T")]),
            body: [Division(kind: .section, heading: [.text("(A) heading")], children: [
                Division(kind: .paragraph, label: "(i)", content: [
                    .value(Value(kind: .url, text: "the [site]", canonical: "https://example.org/(x)")),
                    .value(Value(kind: .url, text: "javascript:alert(1)", canonical: "javascript:alert(1)")),
                ]),
            ])]
        )
        let expected = ##"""
            \- dash

            iv\) four spaces

            \> quote \# not heading

            # T

            ## \(A) heading

            \(i\) [the \[site\]](<https://example.org/(x)>)javascript:alert(1)

            """##
        XCTAssertEqual(try MarkdownWriter().text(document), expected)
    }

    func testRealChineseNoteMatchesGolden() throws {
        let markdown = try MarkdownWriter().text(try Repo.render("zh"))
        try Golden.assertMatches(markdown, golden: "zh/cbd-wg2020-2-2.zh.md")
    }

    func testRealChineseNoteHasSeventeenFootnotesEachReferenceDefined() throws {
        let markdown = try MarkdownWriter().text(try Repo.render("zh"))
        let definitions = markdown.split(separator: "\n").compactMap { line -> Int? in
            guard let match = line.wholeMatch(of: /\[\^(\d+)\]: .+/) else { return nil }
            return Int(match.1)
        }
        XCTAssertEqual(definitions, Array(1...17))
        let references = markdown.matches(of: /\[\^(\d+)\](?!:)/).compactMap { Int($0.1) }
        XCTAssertEqual(Set(references), Set(definitions), "every reference has a definition and every definition is cited")
        XCTAssertEqual(references.count, 17)
        XCTAssertFalse(markdown.contains("\n1. "), "a paragraph number must not become a Markdown list")
        XCTAssertTrue(markdown.contains("\n1\\. "))
    }
}
