import Foundation
import HexaglotCheck
import HexaglotModel
import HexaglotTestSupport
import XCTest

/// Each rule proven by mutating one clean rendering of the note and
/// expecting exactly that finding, at the right place.
final class CheckerMutationTests: XCTestCase {
    static let languages = ["zh", "ar", "en", "fr", "es", "ru"]  // zh first: the reference
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for language in Self.languages {
            try Data(try Self.rendering(language).utf8).write(to: path(language))
        }
    }

    /// Renderings are made once for all tests (XCTest runs them one at a time).
    nonisolated(unsafe) private static var renderings: [String: String] = [:]
    private static func rendering(_ language: String) throws -> String {
        if let cached = renderings[language] { return cached }
        let text = try Repo.renderText(language)
        renderings[language] = text
        return text
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func path(_ language: String) -> URL { folder.appendingPathComponent("cbd-wg2020-2-2.\(language).txt") }

    private func check() throws -> [Finding] {
        let versions = try Self.languages.map { try VersionLoader().load(path($0).path).0 }
        let context = CheckContext(versions: versions, stateNames: VersionLoader.stateNames(in: Repo.workspace))
        return Checker().check(context)
    }

    /// Edits one language's rendering; fails unless `old` occurs exactly once.
    private func mutate(_ language: String, _ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let text = try String(contentsOf: path(language), encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "'\(old)' must occur once in \(language)", file: file, line: line)
        let mutated = text.replacingOccurrences(of: old, with: new)
        try Data(mutated.utf8).write(to: path(language))
        return mutated
    }

    private func side(_ finding: Finding, _ language: String) -> Finding.Side? { finding.sides.first { $0.language == language } }

    // MARK: Clean

    func testTheSixRenderingsAgree() throws {
        XCTAssertEqual(try check(), [])
    }

    func testTheOfficialChineseTextAgreesWithTheFiveOtherRenderings() throws {
        try FileManager.default.removeItem(at: path("zh"))
        try FileManager.default.copyItem(atPath: Repo.fixture("cbd-wg2020-2-2.zh.official.txt"), toPath: path("zh").path)
        XCTAssertEqual(try check(), [])
    }

    // MARK: Structure

    func testRenumberedParagraph() throws {
        let text = try mutate("ru", "\n5. ", "\n6. ")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["structure.numbering"], "\(findings)")
        let line = try XCTUnwrap(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("6. ") }) + 1
        XCTAssertEqual(side(findings[0], "ru")?.line, line)
        XCTAssertEqual(findings[0].node, "paragraph 5")
        XCTAssertEqual(findings[0].message, "paragraph 5 has “6.” in the ru version; the zh version numbers it 5")
    }

    func testRenumberedSection() throws {
        _ = try mutate("en", "\nII. ", "\nIII. ")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["structure.numbering"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "section 2")
    }

    /// One sub-item dropped: one finding at its place, and the sub-items after it keep their partners.
    func testDroppedSubItem() throws {
        let text = try String(contentsOf: path("es"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let dropped = try XCTUnwrap(lines.lastIndex { $0.hasPrefix("b) ") })  // paragraph 11 (b), no footnote
        _ = try mutate("es", String(lines[dropped]) + "\n", "")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["structure.divisions"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "paragraph 11 (b)")
        XCTAssertEqual(findings.first?.message, "paragraph 11 (b) is missing in the es version (the zh, ar, en, fr, ru versions have it)")
        let before = try XCTUnwrap(lines[..<dropped].lastIndex { $0.hasPrefix("a) ") }) + 1
        XCTAssertEqual(side(findings[0], "es")?.line, before, "the es side points at the node before the gap, (a)")
    }

    /// Five versions agree and the reference differs: the reference is named as the odd one out.
    func testTheReferenceIsTheOddOneOut() throws {
        _ = try mutate("zh", "缔约方大会第14/34号决定规定", "缔约方大会第14/35号决定规定")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.decisions"], "\(findings)")
        XCTAssertTrue(findings[0].message.hasPrefix("decision and recommendation numbers differ: the zh version has 14/35"), findings[0].message)
        XCTAssertEqual(findings[0].sides.map(\.language), ["ar", "zh"])
    }

    // MARK: Footnotes

    func testDroppedFootnote() throws {
        let text = try String(contentsOf: path("fr"), encoding: .utf8)
        let body = try XCTUnwrap(text.range(of: #" \[3:  [^\]]*\]"#, options: .regularExpression))
        _ = try mutate("fr", String(text[body]), "")
        _ = try mutate("fr", "[footnoteRef:3]", "")
        let findings = try check()
        XCTAssertEqual(Set(findings.map(\.rule)), ["footnotes.numbering"], "\(findings)")
        XCTAssertTrue(findings.contains { $0.message.contains("the fr version has 16 footnotes, the zh version 17") }, "\(findings)")
        XCTAssertTrue(findings.contains { $0.message.contains("footnote number 3 is missing before 4") }, "\(findings)")
    }

    func testFootnoteMovedToTheNextParagraph() throws {
        let text = try String(contentsOf: path("en"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("1. ") })
        let marker = try XCTUnwrap(lines[first].range(of: #"\[footnoteRef:2\] \[2:  [^\]]*\] "#, options: .regularExpression))
        let moved = String(lines[first][marker])
        var edited = lines
        edited[first].removeSubrange(marker)
        let second = try XCTUnwrap(edited.firstIndex { $0.hasPrefix("2. ") })
        edited[second] += moved.replacingOccurrences(of: "[footnoteRef:2] ", with: "[footnoteRef:2]")
            .replacingOccurrences(of: "[2:", with: " [2:")
        try Data(edited.joined(separator: "\n").utf8).write(to: path("en"))
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["footnotes.citation"], "\(findings)")
        XCTAssertEqual(findings.first?.message, "footnote 2 is cited from paragraph 2 in the en version but from paragraph 1 in the zh version")
        XCTAssertEqual(findings.first.flatMap { side($0, "en") }?.line, second + 1)
    }

    func testFootnoteMarkerOnTheWrongSideOfPunctuation() throws {
        _ = try mutate("fr", "(Brésil)[footnoteRef:7]\u{202F};", "(Brésil)\u{202F};[footnoteRef:7]")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["footnotes.placement"], "\(findings)")
        XCTAssertEqual(findings.first?.severity, .warning)
        XCTAssertTrue(findings.first?.message.contains("fr puts the marker before punctuation") ?? false)
    }

    /// The side comes from the locale (`footnoteMarker`), not from a list of languages in code.
    func testRussianFootnoteMarkerAfterTheSemicolonFollowsTheLocale() throws {
        _ = try mutate("ru", "2019 года[footnoteRef:7];", "2019 года;[footnoteRef:7]")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["footnotes.placement"], "\(findings)")
        XCTAssertTrue(findings.first?.message.contains("ru puts the marker before punctuation") ?? false, "\(findings)")
    }

    // MARK: Facts

    func testChangedURL() throws {
        let text = try mutate("ru", "POST2020-WS-2019-10", "POST2020-WS-2019-16")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.urls"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "footnote 8")
        let line = try lineNumber(of: "POST2020-WS-2019-16", in: text)
        let ru = try XCTUnwrap(findings.first.flatMap { side($0, "ru") })
        XCTAssertEqual(ru.line, line)
        XCTAssertEqual(ru.column, try column(of: "https://www.cbd.int/meetings/POST2020-WS-2019-16", inLine: line, of: text))
    }

    func testChangedSymbol() throws {
        _ = try mutate("ar", "CBD/WG2020/1/5", "CBD/WG2020/1/6")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.symbols"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "footnote 3")
        XCTAssertTrue(findings.first?.message.contains("CBD/WG2020/1/6") ?? false)
    }

    func testChangedDecisionNumber() throws {
        let text = try String(contentsOf: path("en"), encoding: .utf8)
        let line = try lineNumber(of: "4. In decision 14/34", in: text)
        _ = try mutate("en", "4. In decision 14/34", "4. In decision 14/35")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.decisions"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "paragraph 4")
        XCTAssertEqual(findings.first.flatMap { side($0, "en") }?.line, line)
    }

    func testChangedDateRange() throws {
        _ = try mutate("es", "13 a 15 de noviembre de 2019", "13 a 16 de noviembre de 2019")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.dates"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "paragraph 8 (b)")
        XCTAssertTrue(findings.first?.message.contains("2019-11-13/2019-11-16") ?? false)
        XCTAssertTrue(findings.first?.message.contains("2019-11-13/2019-11-15") ?? false)
    }

    func testChangedArticle() throws {
        let text = try String(contentsOf: path("en"), encoding: .utf8)
        let count = text.components(separatedBy: "Article 8(j)").count - 1
        XCTAssertGreaterThan(count, 0)
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("5. ") })
        _ = try mutate("en", String(line), String(line).replacingOccurrences(of: "Article 8(j)", with: "Article 8(k)"))
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.articles"], "\(findings)")
    }

    func testChangedNumber() throws {
        let text = try String(contentsOf: path("en"), encoding: .utf8)
        let body = try XCTUnwrap(text.range(of: #"\[3:  [^\]]*\]"#, options: .regularExpression))
        let footnote = String(text[body])
        _ = try mutate("en", footnote, footnote.replacingOccurrences(of: "7", with: "8"))
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["facts.numbers"], "\(findings)")
        XCTAssertEqual(findings.first?.node, "footnote 3")
    }

    func testStateMissingFromTheList() throws {
        _ = try mutate("en", "Finland, ", "")
        let findings = try check()
        XCTAssertEqual(findings.map(\.rule), ["lists.states"], "\(findings)")
        XCTAssertEqual(findings.first?.message, "paragraph 2 names 16 States in the en version and 17 in the zh version")
    }
}
