import HexaglotCheck
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// `input.language`: a warning when a language was detected unsurely (or a tag
/// contradicts a sure reading), an error when a tag or markup names a language
/// of another script than the text's.
final class LanguageRuleTests: XCTestCase {
    func load(_ text: String, _ name: String, language: String? = nil) throws -> Version {
        let format = try VersionLoader.format(of: name)
        return try VersionLoader().load(bytes: Array(text.utf8), name: name, format: format, language: language).0
    }

    func findings(_ versions: [Version]) -> [Finding] {
        Checker().check(CheckContext(versions: versions)).filter { $0.rule == "input.language" }
    }

    func testTheRuleIsListed() {
        XCTAssertTrue(Checker.allRules.contains { $0.id == "input.language" })
    }

    func testThreeAmbiguousWordsGiveAWarningThatSaysHowToGiveTheLanguage() throws {
        let version = try load("Plan global final", "notes.txt")
        guard case .detected(let confidence) = version.languageSource else { return XCTFail("\(version.languageSource)") }
        XCTAssertLessThan(confidence, LanguageDetector.sureConfidence)
        let found = findings([version])
        XCTAssertEqual(found.count, 1)
        let finding = try XCTUnwrap(found.first)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.sides.map(\.file), ["notes.txt"])
        XCTAssertEqual(finding.message, """
            notes.txt: read as en, detected from the text with confidence 0.33, runner-up fr, too unsure to rely on; \
            give it with --language notes.txt=LANG or a tag in the file name (notes.LANG.txt)
            """)
    }

    func testASpanishParagraphDetectedForSureGivesNoFinding() throws {
        let version = try load(SpanishSamples.agendaParagraph, "notes.txt")
        XCTAssertEqual(version.language, "es")
        XCTAssertEqual(findings([version]), [])
    }

    func testAChineseTagOnLatinTextIsAnError() throws {
        let english = try Repo.renderText("en")
        let version = try load(english, "note.zh.txt")
        XCTAssertEqual(version.language, "zh")
        XCTAssertEqual(version.languageSource, .fileName)
        let found = findings([version])
        XCTAssertEqual(found.map(\.severity), [.error])
        XCTAssertTrue(found[0].message.hasPrefix("note.zh.txt: the file name says zh, but the text is in Latin script (it reads as en), not Han;"),
                      found[0].message)
        // Markup that says Arabic over English text: the same error.
        let page = try load("<html lang=\"ar\"><body><p>\(english.split(separator: "\n").prefix(20).joined(separator: "</p><p>"))</p></body></html>", "page.html")
        XCTAssertEqual(findings([page]).map(\.severity), [.error])
        XCTAssertTrue(findings([page])[0].message.hasPrefix("page.html: the file's markup says ar, but the text is in Latin script"))
    }

    func testALatinTagTheTextSurelyContradictsIsAWarning() throws {
        let version = try load(try Repo.renderText("en"), "note.fr.txt")
        XCTAssertEqual(version.language, "fr")
        let found = findings([version])
        XCTAssertEqual(found.map(\.severity), [.warning])
        XCTAssertTrue(found[0].message.hasPrefix("note.fr.txt: the file name says fr, but the text reads as en (confidence 1.00)"), found[0].message)
    }

    func testAnOverrideIsTakenAsGiven() throws {
        let version = try load("Plan global final", "notes.txt", language: "es")
        XCTAssertEqual(version.languageSource, .override)
        XCTAssertEqual(findings([version]), [])
        let chinese = try load(try Repo.renderText("en"), "note.zh.txt", language: "en")
        XCTAssertEqual(findings([chinese]), [])
    }

    /// The six renderings, tagged by name, agree with their text: no finding.
    func testTheRenderingsGiveNoFinding() throws {
        let versions = try ["zh", "ar", "en", "fr", "es", "ru"].map { try load(try Repo.renderText($0), "note.\($0).txt") }
        XCTAssertEqual(findings(versions), [])
        XCTAssertEqual(versions.map(\.languageSource.name), Array(repeating: "fileName", count: 6))
    }

    func testReportsSayWhereTheLanguageCameFrom() throws {
        let version = try load("Plan global final", "notes.txt")
        let input = CheckReport.Input(file: version.file, language: version.language, format: "text", reference: true,
                                      languageSource: version.languageSource)
        XCTAssertEqual(input.languageSource, "detected")
        XCTAssertEqual(input.languageConfidence, 0.33)
        let json = String(decoding: try ReportFormat.json.reporter.render(CheckReport(inputs: [input], findings: findings([version]))), as: UTF8.self)
        XCTAssertTrue(json.contains("\"languageSource\" : \"detected\""), json)
        XCTAssertTrue(json.contains("\"rule\" : \"input.language\""), json)
    }
}
