import Foundation
import HexaglotCheck
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// `hexaglot check --format html`: a summary of the findings, then the
/// versions side by side, one row per aligned node, findings in their cells.
final class ReportHTMLTests: XCTestCase {
    struct Table {
        var languages: [String]
        var rows: [XMLTree]
        func cells(_ row: XMLTree) -> [XMLTree] { row.children("td") }
    }

    func aligned(_ page: XMLTree) throws -> Table {
        let table = try XCTUnwrap(page.all("table").first { $0.classes.contains("aligned") })
        let headers = try XCTUnwrap(table.all("thead").first?.all("th"))
        let languages = headers.dropFirst().map { $0.text.split(separator: " ").first.map(String.init) ?? "" }
        return Table(languages: languages, rows: try XCTUnwrap(table.all("tbody").first).children("tr"))
    }

    func testOneRowPerAlignedNodeWithALanguageTaggedCellPerVersion() throws {
        let report = try ReportScenario(edits: ReportJUnitTests.edits).report
        let page = try XMLTree.parse(try HTMLReporter().render(report))
        XCTAssertEqual(page.name, "html")
        let table = try aligned(page)
        XCTAssertEqual(table.languages, ReportScenario.languages)
        XCTAssertEqual(table.rows.map { $0.attributes["data-node"] }, report.versions[0].nodes.map(\.name))
        XCTAssertEqual(table.rows.count, Set(report.versions.flatMap { $0.nodes.map(\.key) }).count)
        XCTAssertGreaterThan(table.rows.count, 40)
        for row in table.rows {
            let cells = table.cells(row)
            XCTAssertEqual(cells.count, 6, row.attributes["data-node"] ?? "")
            for (cell, language) in zip(cells, table.languages) {
                XCTAssertEqual(cell.attributes["lang"], language)
                XCTAssertEqual(cell.attributes["dir"], language == "ar" ? "rtl" : "ltr", "\(row.attributes["data-node"] ?? "") \(language)")
            }
        }
        // The text is there: the Arabic cell of footnote 9 holds the Arabic version's (edited) URL.
        let footnote9 = try XCTUnwrap(table.rows.first { $0.attributes["data-node"] == "footnote 9" })
        XCTAssertTrue(table.cells(footnote9)[1].allText.contains("POST2020-WS-2019-13"))
        XCTAssertEqual(page.children("head").count, 1)
        let html = String(decoding: try HTMLReporter().render(report), as: UTF8.self)
        XCTAssertFalse(html.contains("<link") || html.contains(" src=") || html.contains("@import"), "no external assets")
    }

    func testFindingsAreHighlightedInTheirCellsAndLinkedFromTheSummary() throws {
        let report = try ReportScenario(edits: ReportJUnitTests.edits).report
        let page = try XMLTree.parse(try HTMLReporter().render(report))
        let table = try aligned(page)
        var flagged = Set<String>()
        for row in table.rows {
            for (cell, language) in zip(table.cells(row), table.languages) {
                let notes = cell.all("li")
                XCTAssertEqual(cell.classes.contains("flagged"), !notes.isEmpty, "\(row.attributes["data-node"] ?? "") \(language)")
                guard cell.classes.contains("flagged") else { continue }
                flagged.insert("\(row.attributes["data-node"] ?? "") \(language)")
                XCTAssertTrue(cell.classes.contains("error"))
                for note in notes { XCTAssertTrue(report.findings.contains { note.allText.contains($0.message) }, note.allText) }
            }
        }
        XCTAssertTrue(flagged.isSuperset(of: ["footnote 7 zh", "footnote 7 fr", "footnote 9 zh", "footnote 9 ar", "footnote 3 ar"]), "\(flagged.sorted())")
        XCTAssertFalse(flagged.contains { $0.hasSuffix(" en") || $0.hasSuffix(" es") || $0.hasSuffix(" ru") }, "\(flagged.sorted())")
        let footnote7 = try XCTUnwrap(table.rows.first { $0.attributes["data-node"] == "footnote 7" })
        XCTAssertTrue(table.cells(footnote7)[3].all("li").contains { $0.allText.contains("POST2020-WS-2019-99") })

        // The summary lists every finding, each linked to a note in the table, which links back.
        let summary = try XCTUnwrap(page.all("table").first { $0.classes.contains("findings") })
        let summaryRows = try XCTUnwrap(summary.all("tbody").first).children("tr")
        XCTAssertEqual(summaryRows.count, report.findings.count)
        let ids = Set(page.descendants.compactMap { $0.attributes["id"] })
        for (index, row) in summaryRows.enumerated() {
            XCTAssertEqual(row.attributes["id"], "summary-\(index + 1)")
            let links = row.all("a").compactMap { $0.attributes["href"] }
            XCTAssertEqual(links, ["#finding-\(index + 1)"])
            XCTAssertTrue(ids.contains("finding-\(index + 1)"))
        }
        for link in page.all("a").compactMap({ $0.attributes["href"] }) {
            XCTAssertTrue(link.hasPrefix("#") && ids.contains(String(link.dropFirst())), "dangling link \(link)")
        }
    }

    /// Rows are the union of the versions' nodes in document order; a node a version lacks is an empty cell,
    /// where a finding about it shows; text is escaped.
    func testMissingAndExtraNodesAndEscaping() throws {
        var zh = try Repo.render("zh"), ar = try Repo.render("ar"), fr = try Repo.render("fr")
        fr.footnotes.removeAll { $0.number == 2 }
        let section = try XCTUnwrap(ar.body.firstIndex { $0.paragraphs.contains { $0.value == 3 } })
        let afterParagraph3 = try XCTUnwrap(ar.body[section].children.firstIndex { $0.value == 3 }) + 1
        ar.body[section].children.insert(Division(kind: .paragraph, label: "99.", number: DivisionNumber(99, scheme: .decimal),
                                                  content: [.text("<script>alert('x')</script> & co")]), at: afterParagraph3)
        zh.masthead[0].content = [.text("a\u{1}b")]
        // Aligned as `check` aligns them, so that rows hold the nodes that translate each other.
        let alignedVersions = CheckContext(versions: [Version(file: "zh.txt", document: zh), Version(file: "fr.txt", document: fr),
                                              Version(file: "ar.txt", document: ar)]).versions
        let zhVersion = CheckReport.AlignedVersion(alignedVersions[0])
        let frVersion = CheckReport.AlignedVersion(alignedVersions[1])
        let arVersion = CheckReport.AlignedVersion(alignedVersions[2])
        XCTAssertEqual(arVersion.direction, .rightToLeft)
        let inputs = [("zh.txt", "zh"), ("fr.txt", "fr"), ("ar.txt", "ar")].map {
            CheckReport.Input(file: $0.0, language: $0.1, format: "text", reference: $0.1 == "zh")
        }
        let findings = [
            Finding(rule: "x.one", severity: .error, message: "footnote 2 is missing in <fr>", node: "footnote 2",
                    sides: [Finding.Side(language: "zh", file: "zh.txt", location: nil, excerpt: String(zhVersion.nodes.first { $0.key == .footnote(2) }!.text.prefix(20))),
                            Finding.Side(language: "fr", file: "fr.txt", location: nil, excerpt: "")]),
            Finding(rule: "x.two", severity: .warning, message: "an extra paragraph", node: "paragraph 99",
                    sides: [Finding.Side(language: "ar", file: "ar.txt", location: nil, excerpt: "<script>alert('x')</script> & co")]),
            Finding(rule: "x.two", severity: .note, message: "about the footnotes as a whole", node: "footnotes",
                    sides: [Finding.Side(language: "fr", file: "fr.txt", location: nil, excerpt: "")]),
        ]
        let report = CheckReport(inputs: inputs, findings: findings, rules: [StubRule(id: "x.one", severity: .error)],
                                 versions: [zhVersion, frVersion, arVersion])
        let bytes = try HTMLReporter().render(report)
        let html = String(decoding: bytes, as: UTF8.self)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<fr>"))
        XCTAssertFalse(html.contains("\u{1}"))
        let page = try XMLTree.parse(bytes)
        let table = try aligned(page)
        let keys = table.rows.compactMap { $0.attributes["data-node"] }
        XCTAssertEqual(keys.count, zhVersion.nodes.count + 1)
        let arKeys = arVersion.nodes.map(\.name)
        let before = try XCTUnwrap(arKeys.firstIndex(of: "paragraph 99")) - 1
        XCTAssertEqual(keys.firstIndex(of: "paragraph 99"), keys.firstIndex(of: arKeys[before]).map { $0 + 1 }, "after the node that precedes it in the ar version")
        XCTAssertEqual(Set(keys).count, keys.count)

        let extra = try XCTUnwrap(table.rows.first { $0.attributes["data-node"] == "paragraph 99" })
        XCTAssertEqual(table.cells(extra).map { $0.classes.contains("missing") }, [true, true, false])
        XCTAssertTrue(table.cells(extra)[2].allText.contains("<script>alert('x')</script> & co"))
        XCTAssertEqual(table.cells(extra)[2].classes, ["flagged", "warning"])

        let footnote2 = try XCTUnwrap(table.rows.first { $0.attributes["data-node"] == "footnote 2" })
        XCTAssertEqual(table.cells(footnote2).map { $0.classes }, [["flagged", "error"], ["missing", "flagged", "error"], []])
        XCTAssertTrue(table.cells(footnote2)[1].allText.contains("footnote 2 is missing in <fr>"))
        XCTAssertEqual(table.cells(footnote2)[0].all("li").first?.attributes["id"], "finding-1")

        // A finding about no single node shows in its version's column header.
        let header = try XCTUnwrap(page.all("table").first { $0.classes.contains("aligned") }?.all("thead").first?.all("th")[2])
        XCTAssertTrue(header.allText.contains("about the footnotes as a whole"))
        XCTAssertEqual(header.all("li").first?.attributes["id"], "finding-3")
        XCTAssertTrue(table.cells(table.rows[0])[0].allText.contains("a\u{FFFD}b"))
    }
}
