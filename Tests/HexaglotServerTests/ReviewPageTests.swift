import Foundation
import HexaglotCheck
import HexaglotServer
import HexaglotTree
import XCTest

/// The review page is the checker's HTML report on the six text renderings: the same bytes
/// as `hexaglot check --format html`, columns and rows aligned, findings in place, standalone.
final class ReviewPageTests: XCTestCase {
    /// The six text renderings, named as the review page names them.
    func renderings(_ library: DocumentLibrary) throws -> [(name: String, bytes: [UInt8])] {
        let entry = try library.entry(ServerRepo.documentID)
        return try entry.languages.map { language in
            ("\(ServerRepo.documentID).\(language).txt", Array(buffer: try library.rendering(entry, language: language, format: .text).body))
        }
    }

    /// The page the service would make of these files (the session and reporter it uses).
    func page(_ library: DocumentLibrary, _ files: [(name: String, bytes: [UInt8])]) async throws -> ReviewMarkup {
        let session = CheckSession(inputs: files.map { CheckSession.Input(name: $0.name, source: .bytes($0.bytes)) },
                                   reference: "\(ServerRepo.documentID).en.txt", locales: CheckSession.Locales(workspace: library.workspace))
        return ReviewMarkup(String(decoding: try ReportFormat.html.reporter.render(try await session.run()), as: UTF8.self))
    }

    func testTheServedPageIsTheCommandsHTMLReportOnTheSixRenderings() async throws {
        try await withServer { server in
            let response = try await server.client.get("/documents/\(ServerRepo.documentID)/review")
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.header("Content-Type"), "text/html; charset=utf-8")
            XCTAssertEqual(response.header("Content-Language"), "ar, zh, en, fr, es, ru")
            let files = try renderings(server.library)
            let cli = try CLI.check(files, format: "html", extra: ["--reference", "\(ServerRepo.documentID).en.txt"])
            XCTAssertEqual(cli.status, 0, cli.stderr)
            XCTAssertEqual(response.text, cli.stdout, "GET /documents/{id}/review is check --format html on the renderings")

            let html = response.text
            let page = ReviewMarkup(html)
            XCTAssertEqual(page.headerLanguages, ServerRepo.languages)
            XCTAssertGreaterThan(page.rows.count, 30)
            for row in page.rows {
                XCTAssertEqual(row.cells.map(\.language), ServerRepo.languages, row.id)
                XCTAssertEqual(row.cells.first { $0.language == "ar" }?.direction, "rtl", row.id)
                XCTAssertTrue(row.cells.filter { $0.language != "ar" }.allSatisfy { $0.direction == "ltr" }, row.id)
            }
            let ids = page.rows.map(\.id)
            for id in ["node-masthead-body", "node-title", "node-author-line", "node-section-1", "node-paragraph-1", "node-footnote-2"] {
                XCTAssertTrue(ids.contains(id), "\(id) in \(ids)")
            }
            // Footnote 2 (the web page) is a row of its own, in every language.
            let footnote2 = try XCTUnwrap(page.rows.first { $0.id == "node-footnote-2" })
            XCTAssertTrue(footnote2.cells.allSatisfy { $0.html.contains("cbd.int/conferences/post2020") })
            for forbidden in ["<script", "<link", " src=", "url(", "@import", "href=\"http"] {
                XCTAssertFalse(html.contains(forbidden), "the page is standalone: found \(forbidden)")
            }
            // Inline content through the HTML writer's renderer: a footnote reference out of its document is a bare number.
            XCTAssertTrue(html.contains("<sup class=\"footnote-ref\">2</sup>"))
            XCTAssertTrue(html.contains("<p class=\"none\">No findings.</p>"))
            // A box per column hides it (CSS :has, no script); printing drops the boxes.
            for (n, language) in ServerRepo.languages.enumerated() {
                XCTAssertTrue(html.contains("<input type=\"checkbox\" id=\"show-\(n + 1)\" checked=\"checked\"/> \(language)</label>"), language)
                XCTAssertTrue(html.contains("body:has(#show-\(n + 1):not(:checked)) table.aligned tr > :nth-child(\(n + 2)) { display: none; }"))
            }
            XCTAssertTrue(html.contains("@media print"))
        }
    }

    /// A French rendering with a changed decision number: the finding is marked in the French and
    /// English cells of that row, and listed on top with a link to its place.
    func testFindingsAreMarkedInTheCellsTheyConcern() async throws {
        let library = try DocumentLibrary(documentsFolder: ServerRepo.documents)
        var files = try renderings(library)
        let fr = try XCTUnwrap(files.firstIndex { $0.name.hasSuffix(".fr.txt") })
        let text = String(decoding: files[fr].bytes, as: UTF8.self)
        let changed = text.replacingOccurrences(of: "1. Par sa décision 14/34,", with: "1. Par sa décision 14/35,")
        XCTAssertNotEqual(changed, text)
        files[fr].bytes = Array(changed.utf8)
        let page = try await page(library, files)
        let row = try XCTUnwrap(page.rows.first { $0.id == "node-paragraph-1" })
        let flagged = row.cells.filter { $0.classes.contains("flagged") }.map(\.language)
        XCTAssertTrue(flagged.contains("fr"), "\(flagged)")
        let frCell = try XCTUnwrap(row.cells.first { $0.language == "fr" })
        XCTAssertTrue(frCell.classes.contains("error"), "\(frCell.classes)")
        XCTAssertTrue(frCell.html.contains("14/35"))
        XCTAssertTrue(page.html.contains("<a href=\"#finding-1\">"))
        let other = try XCTUnwrap(page.rows.first { $0.id == "node-paragraph-2" })
        XCTAssertFalse(other.cells.contains { $0.classes.contains("flagged") })
    }

    /// A paragraph missing from the Spanish rendering leaves an empty cell in its row.
    func testAMissingParagraphLeavesAnEmptyCellInItsRow() async throws {
        let library = try DocumentLibrary(documentsFolder: ServerRepo.documents)
        var files = try renderings(library)
        let es = try XCTUnwrap(files.firstIndex { $0.name.hasSuffix(".es.txt") })
        var lines = String(decoding: files[es].bytes, as: UTF8.self).components(separatedBy: "\n")
        let second = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("2. ") })
        lines.remove(at: second)
        files[es].bytes = Array(lines.joined(separator: "\n").utf8)
        let page = try await page(library, files)
        let rows = page.rows.filter { row in row.cells.first { $0.language == "es" }?.classes.contains("missing") == true }
        XCTAssertEqual(rows.count, 1, "\(rows.map(\.id))")
        XCTAssertEqual(rows.first?.cells.count, 6)
        XCTAssertFalse(try XCTUnwrap(rows.first?.cells.first { $0.language == "en" }).classes.contains("missing"))
    }
}

/// Just enough reading of the page's side-by-side table (`table.aligned` of the HTML report) for the tests.
struct ReviewMarkup {
    struct Cell { var language: String; var direction: String; var classes: [String]; var html: String }
    struct Row { var id: String; var cells: [Cell] }

    let html: String
    let headerLanguages: [String]
    let rows: [Row]

    init(_ html: String) {
        self.html = html
        let table = html.components(separatedBy: "<table class=\"aligned\">").dropFirst().first ?? ""
        let head = table.components(separatedBy: "<thead>").dropFirst().first?.components(separatedBy: "</thead>").first ?? ""
        // Column headers after the first read "<lang>[ (reference)]<br/><code>file</code>".
        headerLanguages = head.components(separatedBy: "<th scope=\"col\">").dropFirst(2).map { String($0.prefix { $0 != "<" && $0 != " " }) }
        let body = table.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first ?? ""
        rows = body.components(separatedBy: "<tr id=\"").dropFirst().map { chunk in
            let id = String(chunk.prefix { $0 != "\"" })
            let cells = chunk.components(separatedBy: "<td ").dropFirst().map { cell -> Cell in
                let open = String(cell.prefix { $0 != ">" })
                let content = String(cell.drop { $0 != ">" }.dropFirst()).components(separatedBy: "</td>").first ?? ""
                return Cell(language: Self.value("lang", in: open), direction: Self.value("dir", in: open),
                            classes: Self.value("class", in: open).split(separator: " ").map(String.init), html: content)
            }
            return Row(id: id, cells: cells)
        }
    }

    static func value(_ name: String, in tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") ?? (tag.hasPrefix("\(name)=\"") ? tag.range(of: "\(name)=\"") : nil) else { return "" }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    static func attributes(_ name: String, in html: String, tag: String) -> [String] {
        html.components(separatedBy: "<\(tag) ").dropFirst().map { value(name, in: String($0.prefix { $0 != ">" })) }.filter { !$0.isEmpty }
    }
}
