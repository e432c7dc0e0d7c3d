import Foundation
import HexaglotCheck
import HexaglotModel
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The form of footnote marks (`footnoteMarkerForm` in a locale): UN Arabic writes
/// "(3)" where the other languages write a bare "3". The HTML and DOCX writers show
/// the locale's form, their readers read it back on each reference, and the
/// checker's `footnotes.form` reports a mark of another form than the language's.
final class FootnoteMarkerFormTests: XCTestCase {
    static let languages = ["ar", "zh", "en", "fr", "es", "ru"]

    func testAMarkIsReadWithItsForm() {
        XCTAssertEqual(FootnoteMarkerForm.read("3")?.number, 3)
        XCTAssertEqual(FootnoteMarkerForm.read("3")?.form, .plain)
        XCTAssertEqual(FootnoteMarkerForm.read("(42)")?.form, FootnoteMarkerForm(prefix: "(", suffix: ")"))
        XCTAssertEqual(FootnoteMarkerForm.read("(42)")?.number, 42)
        XCTAssertEqual(FootnoteMarkerForm.read("[12]")?.form, FootnoteMarkerForm(prefix: "[", suffix: "]"))
        for notAMark in ["", "()", "a3", "3b", "12345", "(((3)))", "3 )"] {
            XCTAssertNil(FootnoteMarkerForm.read(Substring(notAMark)), notAMark)
        }
    }

    func testOnlyArabicDeclaresParentheses() throws {
        for language in Self.languages {
            let form = try Repo.workspace.loadLanguage(language).locale.footnoteMarkerForm
            XCTAssertEqual(form, language == "ar" ? FootnoteMarkerForm(prefix: "(", suffix: ")") : .plain, language)
        }
    }

    func testAFormWithoutOneNumberOrWithLettersIsALocatedError() throws {
        for bad in [#""(n)""#, #""{n}{n}""#, #""note {n}""#, #""((({n})))""#] {
            let scratch = try ScratchWorkspace()
            try scratch.edit("Locales/ar/locale.yaml", replacing: #"footnoteMarkerForm: "({n})""#, with: "footnoteMarkerForm: \(bad)")
            XCTAssertThrowsError(try scratch.workspace.loadLanguage("ar"), bad) { error in
                let message = "\(error)"
                XCTAssertTrue(message.contains("locale.yaml:") && message.contains("'{n}' once"), message)
            }
        }
    }

    /// Every mark of the note, in the body and before each footnote's text, in the
    /// locale's form; read back with that form, and no footnote text starts with its own mark.
    func testHTMLAndDOCXWriteTheLocalesFormAndReadItBack() throws {
        for language in Self.languages {
            let rendered = try Repo.render(language)
            let form = try Repo.workspace.loadLanguage(language).locale.footnoteMarkerForm
            XCTAssertEqual(rendered.footnoteMarkerForm, form, language)
            let refs = Self.references(rendered)
            XCTAssertGreaterThan(refs.count, 10, language)

            let html = String(decoding: try HTMLWriter().write(rendered), as: UTF8.self)
            XCTAssertTrue(html.contains("role=\"doc-noteref\">\(form.mark(1))</a>"), language)
            XCTAssertTrue(html.contains("role=\"doc-backlink\">\(form.mark(1))</a>"), language)

            for format in [DocumentFormat.html, .docx] {
                let read = try format.reader.read(try format.writer.write(rendered), file: "note.\(language).\(format.fileExtension)")
                let readRefs = Self.references(read)
                XCTAssertEqual(readRefs.map(\.number), refs.map(\.number), "\(language) \(format)")
                XCTAssertEqual(Set(readRefs.map(\.writtenForm)), [form], "\(language) \(format)")
                XCTAssertEqual(read.footnoteMarkerForm, form, "\(language) \(format)")
                for footnote in read.footnotes {
                    XCTAssertTrue(footnote.content.footnoteRefs.isEmpty, "\(language) \(format): footnote \(footnote.number) reads its own mark")
                }
            }
            for format in [DocumentFormat.text, .markdown] {
                let read = try format.reader.read(try format.writer.write(rendered), file: "note.\(language).\(format.fileExtension)")
                XCTAssertEqual(Set(Self.references(read).map(\.writtenForm)), [nil], "\(language) \(format): the layout shows no form")
            }
        }
    }

    /// In Word, a mark of another form than Word's own number is a custom mark: the
    /// reference says so and its text follows; the footnote's text starts with it.
    func testArabicDOCXWritesCustomMarks() throws {
        let bytes = try DOCXWriter().write(try Repo.render("ar"))
        let document = try Self.part("word/document.xml", of: bytes)
        let footnotes = try Self.part("word/footnotes.xml", of: bytes)
        XCTAssertTrue(document.contains(#"<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>(1)</w:t>"#))
        XCTAssertFalse(footnotes.contains("<w:footnoteRef/>"))
        XCTAssertTrue(footnotes.contains(#"<w:rStyle w:val="FootnoteReference"/><w:rtl/></w:rPr><w:t>(1)</w:t>"#))
        let english = try DOCXWriter().write(try Repo.render("en"))
        XCTAssertFalse(try Self.part("word/document.xml", of: english).contains("customMarkFollows"))
    }

    func testAMarkOfAnotherFormThanTheLanguagesIsAFinding() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ language: String, form: FootnoteMarkerForm? = nil) throws -> String {
            var document = try Repo.render(language)
            if let form { document.footnoteMarkerForm = form }
            let path = folder.appendingPathComponent("note.\(language).html").path
            try Data(try HTMLWriter().write(document)).write(to: URL(fileURLWithPath: path))
            return path
        }
        func findings(_ files: [String]) throws -> [Finding] {
            try CheckSession(inputs: files.map { CheckSession.Input(name: $0) }, locales: .init(workspace: Repo.workspace)).run().findings
        }
        let clean = try Self.languages.map { try write($0) }
        XCTAssertEqual(try findings(clean).map(\.rule), [])

        let arabicPlain = try write("ar", form: .plain)
        let englishParenthesized = try write("en", form: FootnoteMarkerForm(prefix: "(", suffix: ")"))
        let found = try findings([arabicPlain, englishParenthesized] + clean.filter { !$0.hasSuffix(".ar.html") && !$0.hasSuffix(".en.html") })
        XCTAssertEqual(found.map(\.rule), ["footnotes.form", "footnotes.form"], "\(found)")
        let arabic = try XCTUnwrap(found.first { $0.sides.first?.language == "ar" })
        XCTAssertTrue(arabic.message.hasPrefix("footnote 1 is marked \"1\""), arabic.message)
        XCTAssertTrue(arabic.message.hasSuffix("ar marks it \"(1)\""), arabic.message)
        let english = try XCTUnwrap(found.first { $0.sides.first?.language == "en" })
        XCTAssertTrue(english.message.contains("en marks it \"1\""), english.message)
        XCTAssertEqual(english.severity, .warning)
    }

    /// Every footnote reference of the document, footnotes' texts included (the tree's visitor).
    static func references(_ document: Document) -> [FootnoteRef] {
        struct References: DocumentVisitor {
            var all: [FootnoteRef] = []
            mutating func visitFootnoteRef(_ ref: FootnoteRef) { all.append(ref) }
        }
        var references = References()
        references.visitDocument(document)
        return references.all
    }

    static func part(_ name: String, of docx: [UInt8]) throws -> String {
        try DOCXPackage(docx).text(name)
    }
}
