@testable import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// HTML as other tools and people write it: pandoc's footnotes, automatic
/// `<ol>` numbers, labels in the text, `<br>` in the masthead, entities,
/// scripts and navigation that are not the document.
final class HTMLReaderTests: XCTestCase {
    static let handWritten = """
        <!doctype html>
        <html lang="fr-FR">
        <head><title>Ignoré</title>
        <style>p { color: red }</style>
        <script>var x = "<p>1. pas du texte</p>";</script></head>
        <body>
        <nav><a href="/">Accueil</a></nav>
        <div class="masthead">
        <p>GROUPE DE TRAVAIL<br>Deuxième réunion</p>
        <P>Rome, 24&ndash;29 février 2020
        <p>Point 3 de l&#8217;ordre du jour provisoire<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
        </div>
        <h1>Aperçu des <em>consultations</em></h1>
        <p><strong>Note de la Secrétaire exécutive</strong></p>
        <h2>I.&nbsp;Introduction</h2>
        <ol>
        <li><p>Par sa décision 14/34, la Conférence des Parties a fixé le processus<sup><a href="#fn2">2</a></sup>.</p></li>
        <li>Le processus a bénéficié de l'appui de l'Australie&#x00A0;:
          <ol type="a">
            <li>premier élément;</li>
            <li>second élément.</li>
          </ol>
        </li>
        </ol>
        <h2>II. Réunions</h2>
        <p>3. Les réunions étaient les suivantes<br/>
        (a) Atelier, 6-8 novembre 2019<sup><a href="#fn3">3</a></sup>;
        </p>
        <!-- <p>4. commentaire</p> -->
        <h2>Notes</h2>
        <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">
        <hr />
        <ol>
        <li id="fn1"><p>CBD/WG2020/1/1.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
        <li id="fn2"><p>https://www.cbd.int/conferences/post2020</p></li>
        <li id="fn3"><p>https://www.cbd.int/meetings/POST2020-WS-2019-11 &amp; suite</p></li>
        </ol>
        </section>
        </body></html>
        """

    func testOtherMarkupGivesTheTree() throws {
        let document = try HTMLReader().read(Array(Self.handWritten.utf8), file: "note.html")
        XCTAssertEqual(TreeShape.of(document), """
            masthead body: GROUPE DE TRAVAIL
            masthead session: Deuxième réunion
            masthead venue: Rome, 24–29 février 2020
            masthead agendaItem: Point 3 de l’ordre du jour provisoire⟨fn 1⟩
            title: Aperçu des consultations
            author: Note de la Secrétaire exécutive
            section 1 [I.]: Introduction
              paragraph 1 [1.]: Par sa décision 14/34, la Conférence des Parties a fixé le processus⟨fn 2⟩.
              paragraph 2 [2.]: Le processus a bénéficié de l'appui de l'Australie :
                sub-item 1 [a.]: premier élément;
                sub-item 2 [b.]: second élément.
            section 2 [II.]: Réunions
              paragraph 3 [3.]: Les réunions étaient les suivantes
                sub-item 1 [(a)]: Atelier, 6-8 novembre 2019⟨fn 3⟩;
            footnote 1: CBD/WG2020/1/1.
            footnote 2: https://www.cbd.int/conferences/post2020
            footnote 3: https://www.cbd.int/meetings/POST2020-WS-2019-11 & suite

            """)
        XCTAssertEqual(document.language, "fr")
        XCTAssertEqual(document.direction, .leftToRight)
    }

    func testNodesAreLocatedAtTheirBlockStartTag() throws {
        let document = try HTMLReader().read(Array(Self.handWritten.utf8), file: "note.html")
        func position(of fragment: String) -> SourceLocation {
            let before = Self.handWritten.components(separatedBy: fragment)[0]
            let lines = before.components(separatedBy: "\n")
            return SourceLocation(file: "note.html", line: lines.count, column: lines.last!.unicodeScalars.count + 1)
        }
        XCTAssertEqual(document.sections[0].location, position(of: "<h2>I.&nbsp;"))
        XCTAssertEqual(document.sections[0].paragraphs[0].location, position(of: "<p>Par sa"))
        XCTAssertEqual(document.sections[0].paragraphs[1].subItems[1].location, position(of: "<li>second"))
        XCTAssertEqual(document.footnotes[2].location, position(of: "<li id=\"fn3\">"))
        XCTAssertEqual(document.sections[0].paragraphs[0].content.footnoteRefs.first?.location, position(of: "<a href=\"#fn2\">"))
    }

    func testRightToLeftDocumentAndUnlinkedRepeatedCitation() throws {
        let html = """
            <html dir="rtl"><body>
            <h1>تقرير</h1><p class="author">مذكرة</p>
            <h2><span class="label">أولاً -</span> مقدمة</h2>
            <p><span class="label">1 -</span> نص<sup class="footnote-ref"><a id="fnref1" href="#fn1">1</a></sup> ونص<sup class="footnote-ref">1</sup>.</p>
            <section class="footnotes"><ol><li id="fn1"><a class="footnote-back" href="#fnref1">1</a> حاشية</li></ol></section>
            </body></html>
            """
        let document = try HTMLReader().read(Array(html.utf8), file: "ar.html")
        XCTAssertEqual(TreeShape.of(document), """
            title: تقرير
            author: مذكرة
            section 1 [أولاً -]: مقدمة
              paragraph 1 [1 -]: نص⟨fn 1⟩ ونص⟨fn 1⟩.
            footnote 1: حاشية

            """)
        XCTAssertEqual(document.language, "ar")
        XCTAssertEqual(document.direction, .rightToLeft)
    }

    func testEntitiesAreDecoded() throws {
        let html = "<h1>T</h1><p>A</p><h2>1. S</h2><p>1. a&amp;b &lt;c&gt; &quot;d&quot; &eacute;&Eacute; &#233;&#xE9; &#150; &copy 2020 &nbsp;x &bogus; &#0; &#x110000; &yuml;</p>"
        let document = try HTMLReader().read(Array(html.utf8), file: "e.html")
        XCTAssertEqual(document.divisions(.paragraph).first?.content.plainText,
                       "a&b <c> \"d\" éÉ éé – © 2020 \u{A0}x &bogus; \u{FFFD} \u{FFFD} ÿ")
    }

    /// The whole WHATWG table, not only Latin-1 and punctuation: names of two scalars, the longest
    /// name, mathematical letters beyond the BMP, and legacy names without a semicolon (longest first).
    func testEveryWHATWGNamedReferenceIsDecoded() throws {
        XCTAssertEqual(HTMLEntities.named.count, 2125)
        XCTAssertEqual(HTMLEntities.legacyWithoutSemicolon.count, 106)
        let html = "<h1>T</h1><p>A</p><h2>1. S</h2><p>1. &NotEqualTilde; &fjlig; &CounterClockwiseContourIntegral; &Afr; "
            + "&rightleftharpoons; &Cconint; &notit; &not &ampx &frac34foo &LT;</p>"
        let document = try HTMLReader().read(Array(html.utf8), file: "e.html")
        XCTAssertEqual(document.divisions(.paragraph).first?.content.plainText,
                       "\u{2242}\u{338} fj \u{2233} \u{1D504} \u{21CC} \u{2230} \u{AC}it; \u{AC} &x \u{BE}foo <")
        // CommonMark decodes only references closed by a semicolon.
        let markdown = try MarkdownReader().read(Array("# T\n\nA\n\n## 1. S\n\n1. &Afr; &not x &fjlig;\n".utf8), file: "e.md")
        XCTAssertEqual(markdown.divisions(.paragraph).first?.content.plainText, "\u{1D504} &not x fj")
    }

    /// The committed table is what the script makes from Python's html.entities.html5.
    func testTheEntityTableIsTheScriptsOutput() throws {
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("HTMLEntityTable-\(UUID().uuidString).swift").path
        defer { try? FileManager.default.removeItem(atPath: generated) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "\(Repo.root)/Scripts/make_html_entities.py", generated]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(try String(contentsOfFile: generated, encoding: .utf8),
                       try String(contentsOfFile: "\(Repo.root)/Sources/HexaglotReaders/HTMLEntityTable.swift", encoding: .utf8))
    }

    func testMalformedHTMLIsALocatedErrorOrReadWithoutCrashing() throws {
        XCTAssertThrowsError(try HTMLReader().read(Array("<p>a</p>\n<p>b".utf8) + [0xFF], file: "bad.html")) { error in
            XCTAssertEqual("\(error)", "bad.html:2:5: error: invalid UTF-8; expected UTF-8 text")
        }
        let fragments = ["<", "</", "<!", "<!--", "<a href=", "<p class='x", "&#", "&#x", "<script>", "</p></p></li>", "<ol start=x><li value=-3>",
                         "<table><td>1. cell", "<sup class=footnote-ref>99999999999</sup>", "<a href=#>x</a>", "<a href=#a id=a>1</a>"]
        for fragment in fragments {
            XCTAssertNoThrow(try HTMLReader().read(Array(fragment.utf8), file: "f.html"), fragment)
        }
        let deep = String(repeating: "<div><span><li>", count: 20_000) + "1. text" + String(repeating: "</div>", count: 5_000)
        let start = Date()
        let document = try HTMLReader().read(Array(deep.utf8), file: "deep.html")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        XCTAssertEqual(document.divisions(.paragraph).first?.content.plainText, "text")
    }
}
