import Foundation
import HexaglotCheck
import HexaglotReaders
import HexaglotTree
import XCTest

/// The checker on official parallel versions that nobody here wrote
/// (Tests/Fixtures/real, with their sources): the tree each language is read
/// into, the structure findings on the clean sets (only true differences, each
/// said why), and mutations of every real document in every language: a
/// deleted, inserted or moved division, or a changed number, date or symbol, is
/// one finding at its place, and no finding that was there before vanishes.
final class RealDocumentTests: XCTestCase {
    static let sets = ["sdg", "udhr", "s-res-2209-2015", "e-res-2014-38", "s-2015-10-add-5"]

    static func files(_ set: String) throws -> [String] {
        let folder = "\(Repo.root)/Tests/Fixtures/real/\(set)"
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .sorted { ($0.contains(".en.") ? 0 : 1) < ($1.contains(".en.") ? 0 : 1) }  // English first: the reference
            .map { "\(folder)/\($0)" }
    }

    static func versions(_ set: String, edit: (String, inout String) -> Void = { _, _ in }) throws -> [Version] {
        try files(set).map { path in
            var text = try String(contentsOfFile: path, encoding: .utf8)
            edit(path, &text)
            let name = URL(fileURLWithPath: path).lastPathComponent
            let language = try XCTUnwrap(LanguageTag.inFileName(name), name)
            return Version(file: name, language: language, document: try TextReader().read(Array(text.utf8), file: name))
        }
    }

    static func findings(_ versions: [Version]) -> [Finding] {
        Checker().check(CheckContext(versions: versions))
    }

    // MARK: The trees

    func testTheSixSDGVersionsAreSeventeenGoalsAndTheirTargets() throws {
        for version in try Self.versions("sdg") {
            let body = version.document.body
            XCTAssertEqual(body.count, 17, version.file)
            XCTAssertEqual(body.map { $0.number?.value }, Array(1...17), version.file)
            XCTAssertEqual(body.reduce(0) { $0 + $1.children.count }, 169, version.file)
            let goal4 = body[3].children.map { $0.number?.canonical ?? "" }
            XCTAssertEqual(goal4, ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"], version.file)
            XCTAssertEqual(Set(body.flatMap(\.children).map(\.kind)), [.target], version.file)
        }
    }

    func testUDHRArticlesRestartTheirParagraphs() throws {
        for version in try Self.versions("udhr") {
            let articles = version.document.divisions(.article)
            XCTAssertEqual(articles.map { $0.number?.value }, Array(1...30), version.file)
            XCTAssertEqual(articles[28].children.map { $0.number?.value }, [1, 2, 3], "Article 29 in \(version.file)")
            XCTAssertEqual(version.document.divisions(.preamble).count, 1, version.file)
            XCTAssertGreaterThanOrEqual(version.document.divisions(.recital).count, 7, version.file)
        }
    }

    // MARK: Clean sets

    /// Structure findings on the official versions as published: none is false.
    func testCleanSetsHaveOnlyTrueStructureFindings() throws {
        var found: [String: [String]] = [:]
        for set in Self.sets {
            found[set] = Self.findings(try Self.versions(set)).filter { $0.rule.hasPrefix("structure.") }
                .map { "\($0.rule) \($0.node) \($0.sides.map(\.language).sorted())" }
        }
        XCTAssertEqual(found["sdg"], [])
        XCTAssertEqual(found["s-res-2209-2015"], [])
        XCTAssertEqual(found["e-res-2014-38"], [])
        XCTAssertEqual(found["s-2015-10-add-5"], [])
        // The UNHCHR's UDHR files: English splits the proclamation at the end of the
        // preamble into three paragraphs ("Now, therefore," / "The General Assembly," /
        // "Proclaims …"), es, fr and ru into two, Chinese keeps one (the corpus
        // README notes it): the extra English paragraphs are true differences.
        // Chinese alone has the introduction before the preamble ("1948 年 12 月 10 日，联合国大会通过并颁布
        // 《世界人权宣言》…"), a paragraph of the UNHCHR's page, not of the Declaration.
        XCTAssertTrue(found["udhr"]?.contains("structure.divisions unnumbered paragraph 1 [\"en\", \"zh\"]") ?? false, "\(found["udhr"] ?? [])")
        XCTAssertEqual(found["udhr"]?.filter { !$0.hasPrefix("structure.divisions preambular paragraph") && !$0.hasPrefix("structure.divisions unnumbered paragraph 1 ") }, [],
                       "\(found["udhr"] ?? [])")
    }

    // MARK: Mutations

    /// Deleting a division in one language is one finding, named as the document names it, and nothing after it shifts.
    func testDeletingADivisionInAnyLanguageIsOneFinding() throws {
        let cases: [(set: String, prefixes: [String], node: String)] = [
            ("sdg", ["4.b "], "target 4.b"),
            ("udhr", ["3. ", "㈢ "], "Article 29, paragraph 3"),  // Chinese numbers the article's paragraphs ㈠ ㈡ ㈢
            ("e-res-2014-38", ["5. ", "5 - "], "paragraph 5"),
        ]
        for (set, prefixes, node) in cases {
            let before = Self.findings(try Self.versions(set))
            for language in try Self.files(set).map({ try XCTUnwrap(LanguageTag.inFileName($0), $0) }) {
                let target = ".\(language).txt"
                let findings = Self.findings(try Self.versions(set) { path, text in
                    guard path.hasSuffix(target) else { return }
                    text = Self.removingBlock(startingWith: prefixes, last: set == "udhr", from: text)
                })
                let new = findings.filter { finding in !before.contains { Self.same($0, finding) } }
                XCTAssertNotEqual(findings, before, "\(set) \(language): the edit found nothing to delete")
                XCTAssertEqual(new.map(\.rule), ["structure.divisions"], "\(set) \(language): \(new.map(\.message))")
                XCTAssertEqual(new.first?.node, node, "\(set) \(language)")
                XCTAssertTrue(new.first?.message.contains("missing in the \(language) version") ?? false, "\(new.first?.message ?? "")")
                XCTAssertTrue(before.filter { $0.node != node }.allSatisfy { old in findings.contains { Self.same($0, old) } },
                              "\(set) \(language): a finding that was there before vanished")
            }
        }
    }

    /// An inserted paragraph is one finding in the version that has it; a moved one at most two.
    func testInsertingAndMovingADivisionInOneLanguage() throws {
        let before = Self.findings(try Self.versions("sdg"))
        let inserted = Self.findings(try Self.versions("sdg") { path, text in
            guard path.hasSuffix(".fr.txt") else { return }
            text = text.replacingOccurrences(of: "\n\n2. ", with: "\n\nParagraphe ajouté.\n\n2. ")
        }).filter { finding in !before.contains { Self.same($0, finding) } }
        XCTAssertEqual(inserted.map(\.rule), ["structure.divisions"], "\(inserted.map(\.message))")
        XCTAssertTrue(inserted.first?.message.contains("of the fr version has no counterpart") ?? false, "\(inserted.map(\.message))")

        let moved = Self.findings(try Self.versions("e-res-2014-38") { path, text in
            guard path.hasSuffix(".ru.txt") else { return }
            var blocks = text.components(separatedBy: "\n\n")
            let last = blocks.count - 1
            blocks.swapAt(last - 1, last - 2)
            text = blocks.joined(separator: "\n\n")
        })
        XCTAssertGreaterThanOrEqual(moved.count, 1)
        XCTAssertLessThanOrEqual(moved.filter { $0.rule.hasPrefix("structure.") }.count, 2, "\(moved.map(\.message))")
    }

    /// A changed year or symbol in one language is one finding at its node, whichever language it is.
    func testChangingAFactInAnyLanguageIsOneFinding() throws {
        let before = Self.findings(try Self.versions("e-res-2014-38"))
        for path in try Self.files("e-res-2014-38") {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard text.contains("2014") else { continue }
            let findings = Self.findings(try Self.versions("e-res-2014-38") { p, t in
                guard p == path, let range = t.range(of: "2014") else { return }
                t.replaceSubrange(range, with: "2041")
            })
            let new = findings.filter { finding in !before.contains { Self.same($0, finding) } }
            XCTAssertEqual(new.count, 1, "\(name): \(new.map(\.message))")
            XCTAssertTrue(new.first?.rule.hasPrefix("facts.") ?? false, "\(name): \(new.map(\.rule))")
            XCTAssertEqual(new.first?.sides.last?.file, name)
        }
    }

    /// The same finding, wherever its row falls (rows after an edit move by one), and whichever
    /// agreeing version it is told against (the odd version's side comes last).
    static func same(_ a: Finding, _ b: Finding) -> Bool {
        a.rule == b.rule && a.node == b.node && a.sides.last?.language == b.sides.last?.language
    }

    /// Removes the block (a line, with the blank line after it) that starts with `prefix`: the first, or the last one.
    static func removingBlock(startingWith prefixes: [String], last: Bool, from text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let matches = lines.indices.filter { i in prefixes.contains { lines[i].hasPrefix($0) } }
        guard let index = last ? matches.last : matches.first else { return text }
        lines.remove(at: index)
        if index < lines.count, lines[index].isEmpty { lines.remove(at: index) }
        return lines.joined(separator: "\n")
    }
}
