import Foundation
import HexaglotCheck
import HexaglotModel
import HexaglotRender
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The checker on a second document, CBD/WG2020/2/1/Add.2, whose structure is
/// unlike CBD/WG2020/2/2's (three sections, six paragraphs, sub-items in one
/// paragraph only, footnotes in a section's first paragraph and in a sub-item):
/// its six renderings agree, and each mutation of one rendered text gives
/// exactly the findings it should, at the line of the mutated file.
final class SecondDocumentTests: XCTestCase {
    static let documentID = "cbd-wg2020-2-1-add2"
    /// The reference (English) first.
    static let languages = ["en", "ar", "es", "fr", "ru", "zh"]

    // MARK: The document

    func testTheDocumentHasAStructureOfItsOwn() throws {
        let english = try SecondDocument.render("en")
        XCTAssertEqual(english.sections.map(\.paragraphs.count), [2, 2, 2])
        let subItems = english.sections.flatMap(\.paragraphs).map(\.subItems.count)
        XCTAssertEqual(subItems, [0, 0, 0, 0, 3, 0], "sub-items in paragraph 5 only")
        XCTAssertEqual(english.footnotes.map(\.id), ["agenda", "process-documents", "venue-announcement", "meeting-documents"])
        let lastItem = try XCTUnwrap(english.sections.last?.paragraphs.first?.subItems.last)
        XCTAssertEqual(lastItem.content.footnoteRefs.map(\.number), [4], "footnote 4 is cited from sub-item (c)")
    }

    func testTheSixRenderingsGiveNoFindingWhicheverIsTheReference() throws {
        let rendered = try SecondDocument()
        for reference in Self.languages.indices {
            let findings = try rendered.check(reference: reference)
            XCTAssertEqual(findings.count, 0, "reference \(Self.languages[reference]):\n" + SecondDocument.describe(findings))
        }
    }

    // MARK: Footnotes

    func testDroppingAFootnoteReferenceIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("fr", replacing: "exécutive[footnoteRef:2].", with: "exécutive.")
        let findings = try rendered.check()
        assertFindings(findings, [
            ("footnotes.numbering", "paragraph 3", "fr", try rendered.line(in: "fr", startingWith: "3. ")),
            ("footnotes.citation", "footnote 2", "fr", try rendered.line(in: "fr", containing: "[2:  Voir")),
        ])
    }

    /// As on the first note: dropping footnote 3 (reference and body) leaves a gap
    /// before footnote 4, not a footnote 4 "to be renumbered".
    func testDroppingAFootnoteIsAGap() throws {
        let rendered = try SecondDocument()
        let text = try rendered.text("fr")
        let body = try XCTUnwrap(text.range(of: #" \[3:  [^\]]*\]"#, options: .regularExpression))
        try rendered.edit("fr", replacing: String(text[body]), with: "")
        try rendered.edit("fr", replacing: "[footnoteRef:3]", with: "")
        let findings = try rendered.check()
        assertFindings(findings, [
            ("footnotes.numbering", "footnote 4", "fr", try rendered.line(in: "fr", containing: "[4:  https://")),
            ("footnotes.numbering", "paragraph 5 (c)", "fr", try rendered.line(in: "fr", startingWith: "c) ")),
            ("footnotes.numbering", "footnotes", "fr", 1),   // the whole file: 3 footnotes for 4
        ])
        XCTAssertTrue(findings.contains { $0.message == "fr: footnote number 3 is missing before 4" }, SecondDocument.describe(findings))
        XCTAssertTrue(findings.contains { $0.message == "the fr version has 3 footnotes, the en version 4" }, SecondDocument.describe(findings))
    }

    func testAFootnoteMarkerOnTheWrongSideOfPunctuationIsAWarning() throws {
        let rendered = try SecondDocument()
        try rendered.edit("fr", replacing: "réunion[footnoteRef:4].", with: "réunion.[footnoteRef:4]")
        let findings = try rendered.check()
        assertFindings(findings, [("footnotes.placement", "paragraph 5 (c)", "fr", try rendered.line(in: "fr", startingWith: "c) "))])
        XCTAssertEqual(findings.first?.severity, .warning)
    }

    func testDroppingTheFootnoteReferenceOfASubItemIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("es", replacing: "reunión[footnoteRef:4].", with: "reunión.")
        assertFindings(try rendered.check(), [
            ("footnotes.citation", "footnote 4", "es", try rendered.line(in: "es", containing: "[4:  https://")),
        ])
    }

    func testMovingAFootnoteToTheNextParagraphIsReported() throws {
        let rendered = try SecondDocument()
        let text = try rendered.text("es")
        let marker = "[footnoteRef:2]"
        let bodyStart = try XCTUnwrap(text.range(of: " [2:  "))
        let bodyEnd = try XCTUnwrap(text.range(of: "] ", range: bodyStart.upperBound..<text.endIndex))
        let body = String(text[bodyStart.lowerBound..<bodyEnd.upperBound])
        var moved = text.replacingOccurrences(of: body, with: "").replacingOccurrences(of: marker, with: "")
        moved = moved.replacingOccurrences(of: "(sección III).", with: "(sección III)\(marker).\(body)")
        try rendered.write("es", moved)
        let findings = try rendered.check()
        assertFindings(findings, [
            ("footnotes.citation", "footnote 2", "es", try rendered.line(in: "es", startingWith: "2. ")),
        ])
        // The reference's side points at the paragraph that should cite it.
        XCTAssertEqual(findings.first?.sides.first { $0.language == "en" }?.line, try rendered.line(in: "en", startingWith: "1. "))
    }

    // MARK: Structure

    func testRenumberingAParagraphIsOneFinding() throws {
        let rendered = try SecondDocument()
        try rendered.edit("ru", replacing: "\n4. Исполнительный", with: "\n5. Исполнительный")
        let findings = try rendered.check()
        assertFindings(findings, [("structure.numbering", "paragraph 4", "ru", try rendered.line(in: "ru", startingWith: "5. Исполнительный"))])
        XCTAssertEqual(findings.first?.message, "paragraph 4 has “5.” in the ru version; the en version numbers it 4")
    }

    func testRenumberingASectionIsOneFinding() throws {
        let rendered = try SecondDocument()
        try rendered.edit("en", replacing: "\nII. ", with: "\nIII. ")
        assertFindings(try rendered.check(), [("structure.numbering", "section 2", "en", try rendered.line(in: "en", startingWith: "III. Change"))])
    }

    /// As on the first note: one finding at the dropped sub-item, and (c) keeps its partners.
    func testDroppingASubItemIsAGap() throws {
        let rendered = try SecondDocument()
        let text = try rendered.text("zh")
        try rendered.write("zh", text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("（b）") }.joined(separator: "\n"))
        let findings = try rendered.check()
        XCTAssertEqual(findings.map(\.rule), ["structure.divisions"], SecondDocument.describe(findings))
        XCTAssertEqual(findings.first?.node, "paragraph 5 (b)")
        XCTAssertEqual(findings.first?.message, "paragraph 5 (b) is missing in the zh version (the en, ar, es, fr, ru versions have it)")
    }

    // MARK: Facts

    func testChangingAURLIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("fr", replacing: "post2020/wg2020-02/documents", with: "post2020/wg2020-03/documents")
        assertFindings(try rendered.check(), [
            ("facts.urls", "footnote 4", "fr", try rendered.line(in: "fr", containing: "wg2020-03/documents")),
        ])
    }

    func testChangingASymbolIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("es", replacing: "(CBD/WG2020/2/3)", with: "(CBD/WG2020/2/4)")
        assertFindings(try rendered.check(), [
            ("facts.symbols", "paragraph 5 (a)", "es", try rendered.line(in: "es", containing: "CBD/WG2020/2/4")),
        ])
    }

    func testChangingOneSymbolOfAListInAFootnoteIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("ar", replacing: "CBD/POST2020/PREP/1/1 و", with: "CBD/POST2020/PREP/1/2 و")
        assertFindings(try rendered.check(), [
            ("facts.symbols", "footnote 2", "ar", try rendered.line(in: "ar", containing: "PREP/1/2")),
        ])
    }

    func testChangingADecisionNumberIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("ru", replacing: "В решении 14/34", with: "В решении 14/35")
        assertFindings(try rendered.check(), [
            ("facts.decisions", "paragraph 1", "ru", try rendered.line(in: "ru", containing: "14/35")),
        ])
    }

    func testChangingADateIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("zh", replacing: "2020年1月6日", with: "2020年1月7日")
        assertFindings(try rendered.check(), [
            ("facts.dates", "paragraph 5 (a)", "zh", try rendered.line(in: "zh", containing: "2020年1月7日")),
        ])
    }

    func testChangingTheEndOfARangeAcrossMonthsIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("ru", replacing: "13 января – 7 февраля 2020 года", with: "13 января – 8 февраля 2020 года")
        assertFindings(try rendered.check(), [
            ("facts.dates", "paragraph 3", "ru", try rendered.line(in: "ru", containing: "8 февраля")),
        ])
    }

    func testChangingAMonthIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("ar", replacing: "في شباط/فبراير 2020[footnoteRef:3].", with: "في آذار/مارس 2020[footnoteRef:3].")
        assertFindings(try rendered.check(), [
            ("facts.dates", "paragraph 3", "ar", try rendered.line(in: "ar", containing: "آذار/مارس 2020")),
        ])
    }

    func testDroppingAStateFromTheListIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("es", replacing: "China, Colombia e Italia", with: "China e Italia")
        let findings = try rendered.check()
        assertFindings(findings, [("lists.states", "paragraph 4", "es", try rendered.line(in: "es", startingWith: "4. "))])
        XCTAssertEqual(findings.first?.message, "paragraph 4 names 2 States in the es version and 3 in the en version")
    }

    func testChangingTheAgendaItemNumberIsReported() throws {
        let rendered = try SecondDocument()
        try rendered.edit("fr", replacing: "Point 2 de", with: "Point 3 de")
        assertFindings(try rendered.check(), [
            ("facts.numbers", "masthead (agendaItem)", "fr", try rendered.line(in: "fr", startingWith: "Point 3 de")),
        ])
    }

    // MARK: What the second document found out

    /// UN Arabic writes June and July يونيه and يوليه (Locales/ar/locale.yaml), not
    /// CLDR's يونيو and يوليو: the checker must read them as months. (The third
    /// meeting, in Cali on 27-31 July 2020, is not cited in the model until it does.)
    func testArabicDatesInJuneAndJulyAreRead() {
        let extractor = FactExtractor(language: "ar")
        XCTAssertEqual(extractor.facts(in: "في الفترة 27-31 تموز/يوليه 2020،").filter { $0.kind == .date }.map(\.value),
                       ["2020-07-27/2020-07-31"])
        XCTAssertEqual(extractor.facts(in: "في حزيران/يونيه 2020.").filter { $0.kind == .date }.map(\.value), ["2020-06"])
    }

    /// A State's name inside another word is not a State: with Kenya (كينيا) in
    /// Locales/ar/states.yaml, the word "تمكينياً" of CBD/WG2020/2/2, paragraph 11 (b),
    /// must not count as a second State. (Kenya is left out of the second
    /// document's Locales until it does not.)
    func testAStateNameInsideAnotherWordIsNotAState() throws {
        let scratch = try ScratchWorkspace()
        try scratch.write("Locales/ar/states.yaml", try scratch.read("Locales/ar/states.yaml") + "KE: كينيا\n")
        let folder = scratch.path("renderings")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let versions = try ["zh", "ar"].map { language -> Version in
            let file = "\(folder)/cbd-wg2020-2-2.\(language).txt"
            try Repo.renderText(language, workspace: scratch.workspace).write(toFile: file, atomically: true, encoding: .utf8)
            return try VersionLoader().load(file).0
        }
        let findings = Checker().check(CheckContext(versions: versions, stateNames: VersionLoader.stateNames(in: scratch.workspace)))
        XCTAssertEqual(findings.count, 0, SecondDocument.describe(findings))
    }

    // MARK: Helpers

    /// The findings are exactly `expected` (rule, node) in any order, and each
    /// has a side in the given language at the given line.
    private func assertFindings(_ findings: [Finding], _ expected: [(rule: String, node: String, language: String, line: Int)],
                                file: StaticString = #filePath, line: UInt = #line) {
        let report = SecondDocument.describe(findings)
        XCTAssertEqual(findings.map { "\($0.rule) | \($0.node)" }.sorted(), expected.map { "\($0.rule) | \($0.node)" }.sorted(),
                       report, file: file, line: line)
        var unmatched = findings
        for want in expected {
            guard let index = unmatched.firstIndex(where: { finding in
                finding.rule == want.rule && finding.node == want.node
                    && finding.sides.contains { $0.language == want.language && $0.line == want.line }
            }) else {
                XCTFail("no \(want.rule) finding on \(want.node) with a \(want.language) side at line \(want.line):\n\(report)",
                        file: file, line: line)
                continue
            }
            unmatched.remove(at: index)
        }
    }
}

/// The six renderings of the second document as text files in a temporary
/// folder, removed when the value is released.
private final class SecondDocument {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-doc2-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for language in SecondDocumentTests.languages {
            let bytes = try TextWriter().write(try Self.render(language))
            try Data(bytes).write(to: URL(fileURLWithPath: path(language)))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static func render(_ language: String) throws -> Document {
        try Repo.render(language, model: try Repo.workspace.loadModel(at: "\(Repo.root)/Documents/\(SecondDocumentTests.documentID)/note.yaml"))
    }

    func path(_ language: String) -> String { "\(folder)/\(SecondDocumentTests.documentID).\(language).txt" }

    func text(_ language: String) throws -> String { try String(contentsOfFile: path(language), encoding: .utf8) }

    func write(_ language: String, _ text: String) throws {
        try text.write(toFile: path(language), atomically: true, encoding: .utf8)
    }

    /// Replaces the one occurrence of `old`; fails the test if it is not there exactly once.
    func edit(_ language: String, replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try text(language)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "expected '\(old)' once in the \(language) text", file: file, line: line)
        try write(language, text.replacingOccurrences(of: old, with: new))
    }

    /// The 1-based line of the mutated file that starts with / contains a string (exactly one such line).
    func line(in language: String, startingWith prefix: String) throws -> Int {
        try line(in: language) { $0.hasPrefix(prefix) }
    }

    func line(in language: String, containing needle: String) throws -> Int {
        try line(in: language) { $0.contains(needle) }
    }

    private func line(in language: String, where matches: (Substring) -> Bool) throws -> Int {
        let lines = try text(language).split(separator: "\n", omittingEmptySubsequences: false)
        let found = lines.indices.filter { matches(lines[$0]) }
        guard found.count == 1, let index = found.first else { throw NoSingleLine(language: language, count: found.count) }
        return index + 1
    }

    /// Checks the six files, the version at `reference` (an index into `languages`) first among equals.
    func check(reference: Int = 0) throws -> [Finding] {
        let loader = VersionLoader()
        let versions = try SecondDocumentTests.languages.map { try loader.load(path($0)).0 }
        XCTAssertEqual(versions.map(\.language), SecondDocumentTests.languages)
        let context = CheckContext(versions: versions, referenceIndex: reference,
                                   stateNames: VersionLoader.stateNames(in: Repo.workspace))
        return Checker().check(context)
    }

    static func describe(_ findings: [Finding]) -> String {
        findings.map { finding in
            "\(finding.rule) | \(finding.node) | " + finding.sides.map { "\($0.language):\($0.line ?? 0)" }.joined(separator: ", ")
                + " | \(finding.message)"
        }.joined(separator: "\n")
    }
}

private struct NoSingleLine: Error, CustomStringConvertible {
    var language: String
    var count: Int
    var description: String { "expected one matching line in the \(language) text, found \(count)" }
}
