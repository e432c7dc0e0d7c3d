import Foundation
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

final class WritersDOCXTests: XCTestCase {
    static let wordNamespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let separators = #"<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"#
        + #"<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#

    func testHandBuiltEnglishNoteGivesExactDocumentAndFootnotes() throws {
        let package = try DOCXPackage(try DOCXWriter().write(WriterFixtures.english))
        XCTAssertEqual(try package.text("word/document.xml"), """
            \(Self.declaration)
            <w:document \(Self.wordNamespaces)><w:body>
            <w:p><w:pPr><w:pStyle w:val="DocumentSymbol"/></w:pPr><w:r><w:t>TEST/1/2</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Masthead"/></w:pPr><w:r><w:t>Working Group</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Masthead"/></w:pPr><w:r><w:t>1. Item 3</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Review of *progress* &lt;draft&gt; &amp; next_steps</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Author"/></w:pPr><w:r><w:t>Note by the Executive Secretary</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>I.</w:t><w:tab/></w:r><w:r><w:t>Introduction</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/></w:pPr><w:r><w:t>1.</w:t><w:tab/></w:r><w:r><w:t>Held on 6–8 November 2019 under 2020 framework.</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="SubItem"/></w:pPr><w:r><w:t>(a)</w:t><w:tab/></w:r><w:r><w:t>See CBD/WG2020/1/5;</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="SubItem"/></w:pPr><w:r><w:t>(b)</w:t><w:tab/></w:r><w:hyperlink r:id="rId4" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>https://example.org/a_b?x=1&amp;y=2</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>

            """)
        XCTAssertEqual(try package.text("word/footnotes.xml"), """
            \(Self.declaration)
            <w:footnotes \(Self.wordNamespaces)>
            \(Self.separators)
            <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> TEST/1/1.</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 1. Not a list; see </w:t></w:r><w:hyperlink r:id="rId1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>https://example.org/x</w:t></w:r></w:hyperlink></w:p></w:footnote>
            </w:footnotes>

            """)
        let documentLinks = try package.xml("word/_rels/document.xml.rels").all("Relationship").map { $0.attributes["Target"] ?? "" }
        XCTAssertEqual(documentLinks, ["styles.xml", "settings.xml", "footnotes.xml", "https://example.org/a_b?x=1&y=2"])
        let footnoteLinks = try package.xml("word/_rels/footnotes.xml.rels").all("Relationship").map { $0.attributes["Id"] ?? "" }
        XCTAssertEqual(footnoteLinks, ["rId1"])
    }

    func testPackageHasEveryPartInFixedOrderWithFixedDates() throws {
        let bytes = try DOCXWriter().write(WriterFixtures.english)
        XCTAssertEqual(try DOCXPackage(bytes).paths, [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
            "word/document.xml", "word/styles.xml", "word/settings.xml", "word/footnotes.xml",
            "word/_rels/document.xml.rels", "word/_rels/footnotes.xml.rels",
        ])
        let headers = ZIPHeaders(bytes)
        XCTAssertEqual(headers.localFiles.count, 10)
        for header in headers.localFiles {
            XCTAssertEqual(header.dosDate, 0x0021, "\(header.path): 1980-01-01")
            XCTAssertEqual(header.dosTime, 0, "\(header.path): 00:00")
            XCTAssertEqual(header.method, 8, "\(header.path): deflate")
        }
    }

    func testEveryPartIsWellFormedXML() throws {
        for document in [WriterFixtures.english, WriterFixtures.arabic, try Repo.render("zh")] {
            let package = try DOCXPackage(try DOCXWriter().write(document))
            for entry in package.entries {
                XCTAssertNoThrow(try XMLTree.parse(entry.data), "\(document.language) \(entry.path)")
            }
        }
    }

    func testRealChineseNoteHasSeventeenRealWordFootnotes() throws {
        let package = try DOCXPackage(try DOCXWriter().write(try Repo.render("zh")))
        let footnotes = try package.xml("word/footnotes.xml").all("w:footnote")
        XCTAssertEqual(footnotes.map { $0.attributes["w:id"] ?? "" }, ["-1", "0"] + (1...17).map(String.init))
        XCTAssertEqual(footnotes.prefix(2).map { $0.attributes["w:type"] ?? "" }, ["separator", "continuationSeparator"])
        for footnote in footnotes.dropFirst(2) {
            XCTAssertEqual(footnote.all("w:footnoteRef").count, 1, "footnote \(footnote.attributes["w:id"] ?? "")")
            XCTAssertFalse(footnote.wordText.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        let body = try package.xml("word/document.xml")
        let references = body.all("w:footnoteReference").map { $0.attributes["w:id"] ?? "" }
        XCTAssertEqual(references, (1...17).map(String.init))
        for run in body.all("w:r") where run.child("w:footnoteReference") != nil {
            XCTAssertEqual(run.child("w:rPr")?.child("w:rStyle")?.attributes["w:val"], "FootnoteReference")
        }
        let settings = try package.xml("word/settings.xml")
        XCTAssertEqual(settings.all("w:footnote").map { $0.attributes["w:id"] ?? "" }, ["-1", "0"])
        XCTAssertEqual(try package.xml("word/styles.xml").all("w:lang").first?.attributes, ["w:eastAsia": "zh-CN"])
    }

    func testSameDocumentGivesByteIdenticalDOCX() throws {
        let document = try Repo.render("zh")
        let first = try DOCXWriter().write(document)
        let second = try DOCXWriter().write(document)
        XCTAssertEqual(first, second)
        XCTAssertNotEqual(first, try DOCXWriter().write(WriterFixtures.english))
    }

    func testArabicParagraphsAreBidiAndRunsRTLExceptSymbolsAndURLs() throws {
        let package = try DOCXPackage(try DOCXWriter().write(WriterFixtures.arabic))
        let body = try package.xml("word/document.xml")
        let paragraphs = body.all("w:p")
        XCTAssertEqual(paragraphs.count, 7)
        for paragraph in paragraphs {
            XCTAssertNotNil(paragraph.child("w:pPr")?.child("w:bidi"), paragraph.wordText)
        }
        XCTAssertNotNil(body.child("w:body")?.child("w:sectPr")?.child("w:bidi"))
        for run in body.all("w:r") {
            let rtl = run.child("w:rPr")?.child("w:rtl") != nil
            let text = run.wordText
            let leftToRight = text.hasPrefix("CBD/") || text.hasPrefix("https://")
            XCTAssertEqual(rtl, !leftToRight, "run '\(text)'")
        }
        let link = try XCTUnwrap(body.all("w:hyperlink").first)
        XCTAssertEqual(link.wordText, "https://www.cbd.int/conferences/post2020")
        XCTAssertTrue(link.all("w:rtl").isEmpty)
        let footnoteLink = try XCTUnwrap(try package.xml("word/footnotes.xml").all("w:hyperlink").first)
        XCTAssertTrue(footnoteLink.all("w:rtl").isEmpty)
        XCTAssertEqual(try package.xml("word/styles.xml").all("w:lang").first?.attributes, ["w:bidi": "ar-SA"])
        XCTAssertTrue(try package.text("word/document.xml").contains(
            #"<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">انظر </w:t></w:r><w:r><w:t>CBD/WG2020/1/5</w:t></w:r>"#))
        // Each symbol of a list stays LTR; the Arabic between them stays RTL, so the list reads from the right.
        XCTAssertTrue(try package.text("word/document.xml").contains(
            #"<w:r><w:t>CBD/SBI/3/1</w:t></w:r><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve"> و </w:t></w:r><w:r><w:t>CBD/SBI/3/1/Add.1</w:t></w:r>"#))
    }

    func testLatinAndCyrillicLanguagesUseTheValAttribute() throws {
        var document = WriterFixtures.english
        document.language = "ru"
        let styles = try DOCXPackage(try DOCXWriter().write(document)).xml("word/styles.xml")
        XCTAssertEqual(styles.all("w:lang").first?.attributes, ["w:val": "ru-RU"])
        let names = styles.all("w:style").map { $0.attributes["w:styleId"] ?? "" }
        for style in ["Title", "Masthead", "Heading1", "NumberedParagraph", "SubItem", "FootnoteText", "FootnoteReference"] {
            XCTAssertTrue(names.contains(style), style)
        }
    }

    /// Word allows one reference per footnote: a second citation is its number
    /// as text, and a footnote defined twice is written once.
    func testRepeatedCitationIsNotASecondFootnoteReference() throws {
        let document = Document(
            id: "t", language: "en",
            body: [Division(kind: .section, label: "I.", heading: [.text("H")], children: [
                Division(kind: .paragraph, label: "1.", content: [.text("a"), WriterFixtures.note(1), .text("b"), WriterFixtures.note(1)]),
            ])],
            footnotes: [Footnote(number: 1, content: [.text("n")]), Footnote(number: 1, content: [.text("again")])]
        )
        let package = try DOCXPackage(try DOCXWriter().write(document))
        XCTAssertTrue(try package.text("word/document.xml").contains(
            #"<w:r><w:t>b</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>1</w:t></w:r>"#))
        XCTAssertEqual(try package.xml("word/document.xml").all("w:footnoteReference").count, 1)
        XCTAssertEqual(try package.xml("word/footnotes.xml").all("w:footnote").count, 3)
    }
}
