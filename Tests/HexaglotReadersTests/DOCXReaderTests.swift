import Foundation
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest
import ZIPFoundation

/// Word documents as Word writes them for people: automatic numbering
/// (`w:numPr` + numbering.xml), localized style ids, real footnotes with ids
/// in no particular order, fields, tracked changes, tables, hidden text —
/// and packages that must be refused.
final class DOCXReaderTests: XCTestCase {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func numbered(_ numId: Int, _ level: Int, style: String? = nil, _ runs: String) -> String {
        let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        return "<w:p><w:pPr>\(styleXML)<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr></w:pPr>\(runs)</w:p>"
    }

    static func run(_ text: String, lang: String? = nil) -> String {
        let properties = lang.map { "<w:rPr><w:lang w:val=\"\($0)\"/></w:rPr>" } ?? ""
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    static func reference(_ id: Int) -> String {
        "<w:r><w:rPr><w:rStyle w:val=\"Appelnotedebasdep\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
    }

    static let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)" xmlns:r="\(r)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
        <w:p>\(run("GROUPE DE TRAVAIL", lang: "fr-FR"))</w:p>
        <w:p>\(run("Deuxième réunion", lang: "fr-FR"))</w:p>
        <w:p>\(run("Rome, 24–29 février 2020"))</w:p>
        <w:p>\(run("Point 3 de l’ordre du jour provisoire"))\(reference(5))</w:p>
        <w:p><w:pPr><w:pStyle w:val="Titre"/></w:pPr>\(run("Aperçu des "))<w:r><w:rPr><w:i/></w:rPr><w:t>consultations</w:t></w:r></w:p>
        <w:p/>
        <w:p>\(run("Note de la Secrétaire exécutive"))</w:p>
        \(numbered(1, 0, style: "Titre1", run("Introduction")))
        \(numbered(2, 0, """
            \(run("Par sa décision "))<w:r><w:rPr><w:b/></w:rPr><w:t>14/34</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://x.org" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r>\(run(", la Conférence"))<w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:del w:id="1" w:author="A"><w:r><w:delText>supprimé</w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="A">\(run(" des Parties"))</w:ins>\(run(" a fixé le processus"))\(reference(2))\(run("."))
            """))
        \(numbered(2, 1, run("premier élément;")))
        \(numbered(2, 1, "<w:r><w:t>second</w:t><w:tab/><w:t>élément</w:t><w:br/><w:t>suite.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>caché</w:t></w:r>"))
        \(numbered(1, 0, style: "Titre1", run("Réunions")))
        \(numbered(2, 0, run("Les réunions étaient :")))
        \(numbered(2, 1, run("Atelier, 6-8 novembre 2019") + reference(3) + run(";")))
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>3.</w:t><w:tab/><w:t>Un paragraphe tapé dans un tableau, qui cite à nouveau la note</w:t></w:r>\
        <w:r><w:rPr><w:rStyle w:val="Appelnotedebasdep"/></w:rPr><w:t>3</w:t></w:r>\(run("."))</w:p></w:tc></w:tr></w:tbl>
        <w:sdt><w:sdtContent>\(numbered(3, 0, run("Une liste qui recommence à 7.")))</w:sdtContent></w:sdt>
        <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>\(run("texte de dessin"))</w:p></w:txbxContent></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict>\(run("vml"))</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
        <w:sectPr/></w:body></w:document>
        """

    static func footnote(_ id: Int, _ paragraphs: [String]) -> String {
        let body = paragraphs.enumerated().map { index, text in
            let mark = index == 0 ? "<w:r><w:rPr><w:rStyle w:val=\"Appelnotedebasdep\"/></w:rPr><w:footnoteRef/></w:r>" + run(" ") : ""
            return "<w:p><w:pPr><w:pStyle w:val=\"Notedebasdepage\"/></w:pPr>\(mark)\(text)</w:p>"
        }.joined()
        return "<w:footnote w:id=\"\(id)\">\(body)</w:footnote>"
    }

    static let footnotes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:footnotes xmlns:w="\(w)" xmlns:r="\(r)">\
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
        <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
        \(footnote(2, ["<w:hyperlink r:id=\"rId1\">\(run("https://www.cbd.int/conferences/post2020"))</w:hyperlink>"]))\
        \(footnote(3, [run("https://www.cbd.int/meetings/POST2020-WS-2019-11"), run("Deuxième paragraphe.")]))\
        \(footnote(5, [run("CBD/WG2020/1/1.")]))\
        \(footnote(9, [run("Jamais citée.")]))\
        </w:footnotes>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(w)"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>\
        <w:style w:type="character" w:styleId="Appelnotedebasdep"><w:name w:val="footnote reference"/></w:style>\
        </w:styles>
        """

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(w)">\
        <w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="20"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>\
        </w:numbering>
        """

    static func parts(document: String = document) -> [(String, String)] {
        let rels = "http://schemas.openxmlformats.org/package/2006/relationships"
        return [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", """
                <?xml version="1.0"?><Relationships xmlns="\(rels)"><Relationship Id="rId1" Type="\(r)/officeDocument" Target="/word/document.xml"/></Relationships>
                """),
            ("word/_rels/document.xml.rels", """
                <?xml version="1.0"?><Relationships xmlns="\(rels)">\
                <Relationship Id="rId1" Type="\(r)/styles" Target="styles.xml"/>\
                <Relationship Id="rId2" Type="\(r)/numbering" Target="numbering.xml"/>\
                <Relationship Id="rId3" Type="\(r)/footnotes" Target="./footnotes.xml"/>\
                <Relationship Id="rId4" Type="\(r)/hyperlink" Target="https://x.org" TargetMode="External"/></Relationships>
                """),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/footnotes.xml", footnotes),
        ]
    }

    static func zip(_ parts: [(String, String)], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try XCTUnwrap(archive.data))
    }

    func testWordNumberingFootnotesAndStylesGiveTheTree() throws {
        let document = try DOCXReader().read(try Self.zip(Self.parts()), file: "note.docx")
        XCTAssertEqual(TreeShape.of(document), """
            masthead body: GROUPE DE TRAVAIL
            masthead session: Deuxième réunion
            masthead venue: Rome, 24–29 février 2020
            masthead agendaItem: Point 3 de l’ordre du jour provisoire⟨fn 1⟩
            title: Aperçu des consultations
            author: Note de la Secrétaire exécutive
            section 1 [I.]: Introduction
              paragraph 1 [1.]: Par sa décision 14/34, la Conférence des Parties a fixé le processus⟨fn 2⟩.
                sub-item 1 [(a)]: premier élément;
                sub-item 2 [(b)]: second élément suite.
            section 2 [II.]: Réunions
              paragraph 2 [2.]: Les réunions étaient :
                sub-item 1 [(a)]: Atelier, 6-8 novembre 2019⟨fn 3⟩;
              paragraph 3 [3.]: Un paragraphe tapé dans un tableau, qui cite à nouveau la note⟨fn 3⟩.
              paragraph 7 [7.]: Une liste qui recommence à 7.
            footnote 1: CBD/WG2020/1/1.
            footnote 2: https://www.cbd.int/conferences/post2020
            footnote 3: https://www.cbd.int/meetings/POST2020-WS-2019-11 Deuxième paragraphe.

            """)
        XCTAssertEqual(document.language, "fr")
    }

    /// A footnote's text may open with its own mark written out in the reference style (as
    /// after a custom mark): that is not a citation. One that opens with another footnote's
    /// number in that style cites it, and keeps the citation.
    func testAFootnoteOpeningWithAnotherFootnotesMarkKeepsTheCitation() throws {
        func opening(_ mark: String, _ text: String) -> String {
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"Appelnotedebasdep\"/></w:rPr><w:t>\(mark)</w:t></w:r>\(Self.run(text))</w:p>"
        }
        let footnotes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:footnotes xmlns:w="\(Self.w)" xmlns:r="\(Self.r)">\
            <w:footnote w:id="5">\(opening("(1)", " CBD/WG2020/1/1."))</w:footnote>\
            <w:footnote w:id="2">\(opening("3", " et https://www.cbd.int/conferences/post2020"))</w:footnote>\
            <w:footnote w:id="3"><w:p>\(Self.run("https://www.cbd.int/meetings/POST2020-WS-2019-11"))</w:p></w:footnote>\
            </w:footnotes>
            """
        var parts = Self.parts()
        parts[6].1 = footnotes
        let document = try DOCXReader().read(try Self.zip(parts), file: "note.docx")
        XCTAssertEqual(document.footnotes.map { TreeShape.text($0.content) }, [
            "CBD/WG2020/1/1.",
            "⟨fn 3⟩ et https://www.cbd.int/conferences/post2020",
            "https://www.cbd.int/meetings/POST2020-WS-2019-11",
        ])
    }

    func testNodesAreLocatedByPartAndParagraph() throws {
        let document = try DOCXReader().read(try Self.zip(Self.parts()), file: "note.docx")
        func at(_ paragraph: Int, _ part: String = "word/document.xml") -> SourceLocation {
            SourceLocation(file: "note.docx", line: paragraph, column: 1, part: part)
        }
        XCTAssertEqual(document.title.location, at(5))
        XCTAssertEqual(document.sections[0].location, at(8))
        XCTAssertEqual(document.sections[0].paragraphs[0].location, at(9))
        XCTAssertEqual(document.sections[0].paragraphs[0].content.footnoteRefs.first?.location, at(9))
        XCTAssertEqual(document.sections[1].location, at(12))
        XCTAssertEqual(document.footnotes.map(\.location), [at(6, "word/footnotes.xml"), at(3, "word/footnotes.xml"), at(4, "word/footnotes.xml")])
        XCTAssertEqual(document.sections[0].location?.description, "note.docx[word/document.xml]:paragraph 8")
    }

    func testLanguageComesFromRunsWhenTheTextCannotTell() throws {
        let body = "<w:document xmlns:w=\"\(Self.w)\"><w:body><w:p>\(Self.run("Informe", lang: "es-ES"))</w:p><w:p>\(Self.run("Nota", lang: "es-ES"))</w:p></w:body></w:document>"
        let document = try DOCXReader().read(try Self.zip([("word/document.xml", body)]), file: "es.docx")
        XCTAssertEqual(document.language, "es")
        XCTAssertEqual(TreeShape.of(document), "title: Informe\nauthor: Nota\n")
    }

    // MARK: Refused and malformed packages

    func assertRefused(_ bytes: [UInt8], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try DOCXReader().read(bytes, file: "bad.docx"), file: file, line: line) { error in
            guard case HexaglotError.invalidInput(_, let named, _) = error else {
                return XCTFail("expected invalidInput, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(named, "bad.docx", file: file, line: line)
            XCTAssertTrue("\(error)".contains(expected), "\(error)", file: file, line: line)
        }
    }

    func testMalformedXMLIsAnErrorNamingThePartLineAndColumn() throws {
        var parts = Self.parts()
        parts[3].1 = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"\(Self.w)\"><w:body>\n<w:p><w:r></w:p>\n</w:body></w:document>"
        assertRefused(try Self.zip(parts), "bad.docx[word/document.xml]:3:")
        assertRefused(try Self.zip(parts), "word/document.xml: malformed XML")
        parts[3].1 = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaa\">]>\n<w:document xmlns:w=\"\(Self.w)\"/>"
        assertRefused(try Self.zip(parts), "bad.docx[word/document.xml]:2:1: error: word/document.xml: a DTD is not allowed")
        parts = Self.parts()
        parts[6].1 = "<w:footnotes xmlns:w=\"\(Self.w)\"><w:footnote>"
        assertRefused(try Self.zip(parts), "word/footnotes.xml: malformed XML")
        let deep = "<w:document xmlns:w=\"\(Self.w)\">" + String(repeating: "<w:sdt>", count: 5_000) + "</w:document>"
        assertRefused(try Self.zip([("word/document.xml", deep)]), "word/document.xml")
    }

    func testPackagesThatAreNotWordDocumentsAreRefused() throws {
        assertRefused(Array("hello".utf8), "does not start with \"PK\"")
        let good = try Self.zip(Self.parts())
        assertRefused(Array(good.prefix(good.count / 2)), "not a readable ZIP archive")
        assertRefused(try Self.zip([("word/other.xml", "<a/>")]), "no main document part (word/document.xml)")
        XCTAssertNoThrow(try DOCXReader().read(good, file: "good.docx"))
    }

    func testZipBombsTraversalAndHugePackagesAreRefused() throws {
        assertRefused([0x50, 0x4B] + [UInt8](repeating: 0, count: 51 * 1_048_576), "packages over 50 MB are refused")
        let zeros = String(repeating: "0", count: 2_000_000)
        assertRefused(try Self.zip(Self.parts() + [("word/media/bomb.xml", zeros)]), "zip entry 'word/media/bomb.xml': compression ratio over 200")
        assertRefused(RawZip.stored([("../evil.xml", Array("x".utf8))]), "zip entry '../evil.xml': an entry name with '..' or an absolute path is refused")
        assertRefused(RawZip.stored([("/etc/passwd", Array("x".utf8))]), "zip entry '/etc/passwd'")
        assertRefused(RawZip.stored([("word/document.xml", Array("x".utf8))], declaredSize: 200 * 1_048_576), "entries over 100 MB are refused")
        assertRefused(RawZip.stored([("word/document.xml", Array("x".utf8))], flags: 1), "is encrypted")
    }

    func testGarbageInsideAValidZipNeverCrashes() throws {
        var generator = SystemRandomNumberGenerator()
        let good = try Self.zip(Self.parts(), compression: .none)
        for round in 0..<200 {
            var bytes = good
            for _ in 0..<(1 + round % 8) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            do {
                _ = try DOCXReader().read(bytes, file: "fuzz.docx")
            } catch let error as HexaglotError {
                XCTAssertEqual(error.exitCode, 2, "\(error)")
            }
        }
    }
}

/// ZIP archives written byte by byte, for packages no library would write.
enum RawZip {
    static func stored(_ entries: [(String, [UInt8])], declaredSize: UInt32? = nil, flags: UInt16 = 0) -> [UInt8] {
        func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }
        var out: [UInt8] = [], directory: [UInt8] = []
        for (name, data) in entries {
            let offset = UInt32(out.count)
            let nameBytes = Array(name.utf8)
            let size = UInt32(data.count)
            let crc = crc32(data)
            out += u32(0x0403_4B50) + u16(20) + u16(flags) + u16(0) + u16(0) + u16(0) + u32(crc) + u32(size) + u32(declaredSize ?? size)
                + u16(UInt16(nameBytes.count)) + u16(0) + nameBytes + data
            directory += u32(0x0201_4B50) + u16(20) + u16(20) + u16(flags) + u16(0) + u16(0) + u16(0) + u32(crc) + u32(size)
                + u32(declaredSize ?? size) + u16(UInt16(nameBytes.count)) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0) + u32(offset) + nameBytes
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += u32(0x0605_4B50) + u16(0) + u16(0) + u16(UInt16(entries.count)) + u16(UInt16(entries.count))
            + u32(UInt32(directory.count)) + u32(directoryOffset) + u16(0)
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
