import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

final class WritersHTMLTests: XCTestCase {
    func testHandBuiltEnglishNoteGivesExactHTML() throws {
        let html = try HTMLWriter().text(WriterFixtures.english)
        XCTAssertTrue(html.hasPrefix("""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Review of *progress* &lt;draft&gt; &amp; next_steps</title>
            <style>

            """), html)
        XCTAssertEqual(Self.body(html), """
            <body>
            <header class="masthead">
            <p class="symbol">TEST/1/2</p>
            <p class="masthead-line" data-role="body"><span class="term" data-term="wg">Working Group</span></p>
            <p class="masthead-line" data-role="agendaItem">1. Item <span class="value" data-kind="number" data-value="3">3</span><sup class="footnote-ref"><a id="fnref1" href="#fn1" role="doc-noteref">1</a></sup></p>
            </header>
            <main>
            <h1>Review of *progress* &lt;draft&gt; &amp; next_steps</h1>
            <p class="author">Note by the Executive Secretary</p>
            <section id="sec1">
            <h2><span class="label">I.</span> Introduction</h2>
            <p id="para1" class="numbered"><span class="label">1.</span> Held on <span class="value" data-kind="dateRange" data-value="2019-11-06/2019-11-08">6–8 November 2019</span> under <span class="term" data-term="gbf"><span class="value" data-kind="year" data-value="2020">2020</span> framework</span>.<sup class="footnote-ref"><a id="fnref2" href="#fn2" role="doc-noteref">2</a></sup></p>
            <ol class="sub-items">
            <li><span class="label">(a)</span> See <span class="value" data-kind="symbol" data-value="CBD/WG2020/1/5">CBD/WG2020/1/5</span>;</li>
            <li><span class="label">(b)</span> <a class="value" data-kind="url" data-value="https://example.org/a_b?x=1&amp;y=2" href="https://example.org/a_b?x=1&amp;y=2">https://example.org/a_b?x=1&amp;y=2</a>.</li>
            </ol>
            </section>
            </main>
            <section class="footnotes" role="doc-endnotes">
            <ol>
            <li id="fn1"><a class="footnote-back" href="#fnref1" role="doc-backlink">1</a> <span class="value" data-kind="symbol" data-value="TEST/1/1">TEST/1/1</span>.</li>
            <li id="fn2"><a class="footnote-back" href="#fnref2" role="doc-backlink">2</a> 1. Not a list; see <a class="value" data-kind="url" data-value="https://example.org/x" href="https://example.org/x">https://example.org/x</a></li>
            </ol>
            </section>
            </body>
            </html>

            """)
    }

    func testArabicIsRightToLeftWithEachSymbolAndURLKeptLeftToRight() throws {
        let html = try HTMLWriter().text(WriterFixtures.arabic)
        XCTAssertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">\n"))
        XCTAssertEqual(Self.body(html), """
            <body>
            <header class="masthead">
            <p class="symbol"><span dir="ltr">CBD/WG2020/2/2</span></p>
            <p class="masthead-line" data-role="session">الاجتماع الثاني</p>
            </header>
            <main>
            <h1>تقرير</h1>
            <p class="author">مذكرة من الأمينة التنفيذية</p>
            <section id="sec1">
            <h2><span class="label">أولاً -</span> مقدمة</h2>
            <p id="para1" class="numbered"><span class="label">1 -</span> انظر <span class="value" data-kind="symbol" data-value="CBD/WG2020/1/5" dir="ltr">CBD/WG2020/1/5</span> و<a class="value" data-kind="url" data-value="https://www.cbd.int/conferences/post2020" dir="ltr" href="https://www.cbd.int/conferences/post2020">https://www.cbd.int/conferences/post2020</a>.<sup class="footnote-ref"><a id="fnref1" href="#fn1" role="doc-noteref">1</a></sup></p>
            <ol class="sub-items">
            <li><span class="label">(أ)</span> الوثيقتان <span class="value" data-kind="symbols" data-value="CBD/SBI/3/1 CBD/SBI/3/1/Add.1"><span dir="ltr">CBD/SBI/3/1</span> و <span dir="ltr">CBD/SBI/3/1/Add.1</span></span>؛</li>
            </ol>
            </section>
            </main>
            <section class="footnotes" role="doc-endnotes">
            <ol>
            <li id="fn1"><a class="footnote-back" href="#fnref1" role="doc-backlink">1</a> <a class="value" data-kind="url" data-value="https://www.cbd.int/meetings/POST2020-WS-2019-11" dir="ltr" href="https://www.cbd.int/meetings/POST2020-WS-2019-11">https://www.cbd.int/meetings/POST2020-WS-2019-11</a>.</li>
            </ol>
            </section>
            </body>
            </html>

            """)
    }

    func testMarkupInTextAttributesAndURLsIsEscapedAndUnsafeURLsAreNotLinked() throws {
        let document = Document(
            id: "t", language: "en\"><script>",
            title: Block([.text("<script>alert(\"x\")</script>")]),
            body: [Division(kind: .section, label: "<b>", heading: [
                .term(Term(key: "a\"b", content: [.text("T&C")])),
                .value(Value(kind: .url, text: "click", canonical: "javascript:alert(1)")),
                .value(Value(kind: .url, text: "ok", canonical: "https://example.org/?a=\"1\"")),
                .value(Value(kind: .symbol, text: "A/B", canonical: "A/\"B\"")),
            ])]
        )
        let html = try HTMLWriter().text(document)
        XCTAssertTrue(html.contains(#"<html lang="en&quot;&gt;&lt;script&gt;" dir="ltr">"#))
        XCTAssertTrue(html.contains("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>"))
        XCTAssertTrue(html.contains(#"<h2><span class="label">&lt;b&gt;</span> <span class="term" data-term="a&quot;b">T&amp;C</span>"#
                                    + #"<span class="value" data-kind="url" data-value="javascript:alert(1)">click</span>"#
                                    + #"<span class="value" data-kind="url" data-value="https://example.org/?a=&quot;1&quot;">ok</span>"#
                                    + #"<span class="value" data-kind="symbol" data-value="A/&quot;B&quot;">A/B</span></h2>"#), html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("href=\"javascript"))
    }

    func testEmbeddedStylesheetHasPrintRulesAndUnstyledLists() throws {
        let html = try HTMLWriter().text(WriterFixtures.english)
        XCTAssertTrue(html.contains("<style>\n"))
        XCTAssertTrue(html.contains("@media print {"))
        XCTAssertTrue(html.contains("list-style: none"))
        XCTAssertFalse(html.contains("<link"), "the file stands alone")
    }

    func testRealChineseNoteMatchesGolden() throws {
        let html = try HTMLWriter().text(try Repo.render("zh"))
        try Golden.assertMatches(html, golden: "zh/cbd-wg2020-2-2.zh.html")
    }

    func testRealChineseNoteIsBalancedAndEveryFootnoteLinkResolves() throws {
        let html = try HTMLWriter().text(try Repo.render("zh"))
        let structure = try HTMLStructure(html)
        XCTAssertEqual(structure.rootAttributes, ["lang": "zh", "dir": "ltr"])
        XCTAssertEqual(structure.duplicateIDs, [])
        let targets = structure.internalLinkTargets
        XCTAssertEqual(targets.filter { $0.hasPrefix("fnref") }.count, 17, "one link back from each footnote")
        XCTAssertEqual(targets.filter { $0.hasPrefix("fn") && !$0.hasPrefix("fnref") }.count, 17, "one link to each footnote")
        for target in targets {
            XCTAssertTrue(structure.ids.contains(target), "#\(target) has no element with that id")
        }
        XCTAssertEqual(structure.count(of: "section", class: "footnotes"), 1)
        XCTAssertEqual(structure.count(of: "h2"), 6)
        XCTAssertEqual(structure.count(of: "h1"), 1)
    }

    /// The part of the page after `<head>`, where the document is.
    /// Paragraphs that restart in each article, and unnumbered ones, still get ids of their own.
    func testRepeatedNumbersAndUnnumberedParagraphsGetUniqueIDs() throws {
        func article(_ n: Int) -> Division {
            Division(kind: .article, label: "Article \(n)", number: DivisionNumber(n, scheme: .decimal), children: [
                Division(kind: .paragraph, label: "1.", number: DivisionNumber(1, scheme: .decimal), content: [.text("a")]),
                Division(kind: .paragraph, content: [.text("b")]),
            ])
        }
        let document = Document(id: "t", language: "en", body: [article(1), article(2), Division(kind: .paragraph, content: [.text("c")])])
        let html = try HTMLWriter().text(document)
        let ids = html.matches(of: /<(?:p|section) id="([^"]+)"/).map { String($0.1) }
        XCTAssertEqual(ids, ["art1", "para1", "para", "art2", "para1-2", "para-2", "para-3"])
    }

    static func body(_ html: String) -> String {
        guard let start = html.firstRange(of: "<body>") else { return html }
        return String(html[start.lowerBound...])
    }
}
