import HexaglotCheck
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// A file's language from the file first: a tag in its name, then its markup
/// (HTML lang, DOCX w:lang, Markdown front matter), and only then its text.
final class FileLanguageTests: XCTestCase {
    // MARK: Tags in file names

    func testFileNameTagsOfEveryForm() {
        let tagged = [
            "x.es.txt": "es", "x_ES.docx": "es", "x-es.md": "es", "es/x.html": "es", "x.zh-Hans.txt": "zh",
            "x.zh-CN.txt": "zh", "docs/x.FR.html": "fr", "ru.txt": "ru", "report_2020_ar.docx": "ar",
            "x.es-AR.txt": "es", "fr-FR/x.md": "fr", "zh-Hant/x.txt": "zh", "fr/x.es.txt": "es", "C:\\docs\\en\\x.txt": "en",
        ]
        for (name, language) in tagged {
            XCTAssertEqual(LanguageTag.inFileName(name), language, name)
        }
    }

    func testNamesWithoutAWholeTagSayNothing() {
        for name in ["notes.txt", "resumes.txt", "x.html", "english/x.txt", "x.esp.txt", "xes.txt", "x.de.txt",
                     "en-fr-glossary.txt", "x.es_ar.txt", "espanol/x.md", "es-old/x.txt", "x.txt.es/", "sources/x.docx"] {
            XCTAssertNil(LanguageTag.inFileName(name), name)
        }
    }

    /// The name wins over the text: a short text in a file named for its language needs no detection.
    func testATaggedNameIsTakenBeforeTheText() throws {
        let (version, _) = try VersionLoader().load(bytes: Array("Plan global final".utf8), name: "x_ES.txt", format: .text)
        XCTAssertEqual(version.language, "es")
        XCTAssertEqual(version.languageSource, .fileName)
        let (overridden, _) = try VersionLoader().load(bytes: Array("Plan global final".utf8), name: "x_ES.txt", format: .text, language: "fr")
        XCTAssertEqual(overridden.language, "fr")
        XCTAssertEqual(overridden.languageSource, .override)
    }

    // MARK: Markup

    func testHTMLLangOnHTMLXMLLangAndBody() throws {
        let english = "<p>The Conference of the Parties adopted the framework.</p>"
        let pages = [
            "<html lang=\"es-ES\"><body>\(english)</body></html>",
            "<html xml:lang=\"fr\"><body>\(english)</body></html>",
            "<html><body lang=\"ru\">\(english)</body></html>",
            "<html lang=\"de\"><body lang=\"ar\">\(english)</body></html>",
        ]
        for (page, language) in zip(pages, ["es", "fr", "ru", "ar"]) {
            let read = try HTMLReader().readDeclaringLanguage(Array(page.utf8), file: "page.html")
            XCTAssertEqual(read.markupLanguage, language, page)
            let (version, _) = try VersionLoader().load(bytes: Array(page.utf8), name: "page.html", format: .html)
            XCTAssertEqual(version.language, language, page)
            XCTAssertEqual(version.languageSource, .markup, page)
        }
        let untagged = try HTMLReader().readDeclaringLanguage(Array("<html lang=\"de\"><body>\(english)</body></html>".utf8), file: "p.html")
        XCTAssertNil(untagged.markupLanguage)
        XCTAssertEqual(untagged.document.language, "en")
    }

    /// The text's language is detected once: the reader's detection (made to tell the document's
    /// language) is the one the loader keeps, as detecting again would find.
    func testTheReadersDetectionIsTheVersionsTextLanguage() throws {
        let text = "Note\nThe Conference of the Parties adopted the framework and the report of the meeting.\n"
        let read = try TextReader().readDeclaringLanguage(Array(text.utf8), file: "note.txt")
        XCTAssertNil(read.markupLanguage)
        let detection = try XCTUnwrap(read.textLanguage)
        XCTAssertEqual(detection, LanguageDetector.detection(of: read.document))
        XCTAssertEqual(read.document.language, detection.language)
        let (version, _) = try VersionLoader().load(bytes: Array(text.utf8), name: "note.txt", format: .text)
        XCTAssertEqual(version.textLanguage, detection)
        // Markup that tells the language: no detection by the reader, one by the loader.
        let page = "<html lang=\"fr\"><body><p>The Conference of the Parties adopted the framework.</p></body></html>"
        let html = try HTMLReader().readDeclaringLanguage(Array(page.utf8), file: "page.html")
        XCTAssertNil(html.textLanguage)
        let (tagged, _) = try VersionLoader().load(bytes: Array(page.utf8), name: "page.html", format: .html)
        XCTAssertEqual(tagged.textLanguage, LanguageDetector.detection(of: html.document))
        XCTAssertEqual(tagged.textLanguage?.language, "en")
    }

    func testMarkdownFrontMatter() throws {
        for key in ["lang", "language"] {
            let text = "---\ntitle: Note\n\(key): fr-FR\n---\n\nThe Conference of the Parties adopted the framework.\n"
            let (version, _) = try VersionLoader().load(bytes: Array(text.utf8), name: "note.md", format: .markdown)
            XCTAssertEqual(version.language, "fr", key)
            XCTAssertEqual(version.languageSource, .markup, key)
        }
        let (plain, _) = try VersionLoader().load(bytes: Array("---\ntitle: Note\n---\n\nThe Conference of the Parties adopted the framework and the report.\n".utf8),
                                                  name: "note.md", format: .markdown)
        XCTAssertEqual(plain.language, "en")
        XCTAssertEqual(plain.languageSource.name, "detected")
    }

    /// Hexaglot's own DOCX writer puts the language in the style defaults, in the attribute for its script.
    func testDOCXWrittenByHexaglotDeclaresItsLanguage() throws {
        for language in ["zh", "ar", "es", "ru"] {
            let bytes = try DOCXWriter().write(try Repo.render(language))
            let read = try DOCXReader().readDeclaringLanguage(bytes, file: "note.docx")
            XCTAssertEqual(read.markupLanguage, language)
            let (version, _) = try VersionLoader().load(bytes: bytes, name: "note.docx", format: .docx)
            XCTAssertEqual(version.languageSource, .markup)
            XCTAssertEqual(version.language, language)
        }
    }

    /// Word's usual defaults (en-US, zh-CN for East Asian text, ar-SA for right-to-left text)
    /// tag each script; runs override them; the language the most text is in wins.
    func testDOCXTakesTheLanguageMostTextIsIn() throws {
        let w = DOCXReaderTests.w
        let styles = """
            <w:styles xmlns:w="\(w)"><w:docDefaults><w:rPrDefault><w:rPr>\
            <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>
            """
        func docx(_ runs: String) throws -> String? {
            let document = "<w:document xmlns:w=\"\(w)\"><w:body><w:p>\(runs)</w:p></w:body></w:document>"
            let bytes = try DOCXReaderTests.zip([("word/document.xml", document), ("word/styles.xml", styles)])
            return try DOCXReader().readDeclaringLanguage(bytes, file: "x.docx").markupLanguage
        }
        let spanish = DOCXReaderTests.run("Informe de la Secretaria Ejecutiva sobre la marcha de los trabajos", lang: "es-ES")
        let english = DOCXReaderTests.run("Note by the Executive Secretary")
        XCTAssertEqual(try docx(spanish + english), "es")
        XCTAssertEqual(try docx(english), "en")
        XCTAssertEqual(try docx(english + DOCXReaderTests.run("执行秘书关于二〇二〇年后全球生物多样性框架的说明")), "zh")
        XCTAssertEqual(try docx("<w:r><w:rPr><w:lang w:bidi=\"ar-EG\"/></w:rPr><w:t>مذكرة من الأمينة التنفيذية</w:t></w:r>"), "ar")
        // In a script some runs tag, the runs' tags count and the template's defaults do not
        // (French runs over Word's en-US); other scripts keep the defaults (Han text as zh-CN).
        let french = DOCXReaderTests.run("Deuxième réunion", lang: "fr-FR")
        XCTAssertEqual(try docx(french + DOCXReaderTests.run("Note de la Secrétaire exécutive sur les consultations")), "fr")
        XCTAssertEqual(try docx(DOCXReaderTests.run("https://www.cbd.int/doc/c/efb0/1f84/a892b98d2982a829962b6371", lang: "en-US")
                                + DOCXReaderTests.run("执行秘书关于二〇二〇年后全球生物多样性框架的说明")), "zh")
        // More text tagged with no UN language than with any: the markup does not tell.
        XCTAssertNil(try docx(DOCXReaderTests.run("Bericht des Exekutivsekretärs über den Fortschritt", lang: "de-DE") + english))
    }

    // MARK: Detection

    func testAShortSpanishParagraphIsSpanishForSure() throws {
        for text in [SpanishSamples.agendaParagraph, SpanishSamples.goalOne] {
            let detection = try XCTUnwrap(LanguageDetector.detection(text))
            XCTAssertEqual(detection.language, "es", text)
            XCTAssertTrue(detection.isSure, "\(detection)")
            XCTAssertEqual(detection.runnerUp, "fr")
        }
        let (version, _) = try VersionLoader().load(bytes: Array(SpanishSamples.agendaParagraph.utf8), name: "notes.txt", format: .text)
        XCTAssertEqual(version.language, "es")
        XCTAssertEqual(version.languageSource.name, "detected")
        XCTAssertGreaterThanOrEqual(version.languageSource.confidence ?? 0, LanguageDetector.sureConfidence)
    }

    func testEnglishAndFrenchSentencesAndOtherScripts() throws {
        let cases = [
            ("en", "The Conference of the Parties requested the Executive Secretary to prepare a report for the meeting."),
            ("fr", "La Conférence des Parties a prié la Secrétaire exécutive de préparer un rapport pour la réunion."),
            ("zh", "缔约方大会请执行秘书为会议编写一份报告。"),
            ("ar", "طلب مؤتمر الأطراف إلى الأمينة التنفيذية إعداد تقرير للاجتماع."),
            ("ru", "Конференция Сторон просила Исполнительного секретаря подготовить доклад для совещания."),
        ]
        for (language, text) in cases {
            let detection = try XCTUnwrap(LanguageDetector.detection(text))
            XCTAssertEqual(detection.language, language, text)
            XCTAssertTrue(detection.isSure, "\(detection)")
        }
        XCTAssertNil(LanguageDetector.detection("2020 — 15/4, 14.1"))
    }

    /// Every rendering of the note is detected as its language, for sure.
    func testEveryRenderingIsDetectedForSure() throws {
        for language in ["zh", "ar", "en", "fr", "es", "ru"] {
            let detection = try XCTUnwrap(LanguageDetector.detection(of: try Repo.render(language)))
            XCTAssertEqual(detection.language, language)
            XCTAssertGreaterThan(detection.confidence, 0.9, "\(language): \(detection)")
        }
    }

    func testThreeWordsAreUnsure() throws {
        let detection = try XCTUnwrap(LanguageDetector.detection("Plan global final"))
        XCTAssertFalse(detection.isSure, "\(detection)")
        XCTAssertNotNil(detection.runnerUp)
    }
}
