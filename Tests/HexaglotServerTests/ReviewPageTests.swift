import Foundation
import HexaglotCheck
import HexaglotServer
import HexaglotTree
import XCTest

/// The review page as HTML: columns, aligned rows, footnotes under rows,
/// findings in place, toggles, print styles, nothing external.
final class ReviewPageTests: XCTestCase {
    func documents(_ library: DocumentLibrary) throws -> [Document] {
        let entry = try library.entry(ServerRepo.documentID)
        return try entry.languages.map { try library.document(entry, language: $0) }
    }

    func testTheServedPageHasSixColumnsAlignedRowsAndNothingExternal() async throws {
        try await withServer { server in
            let response = try await server.client.get("/documents/\(ServerRepo.documentID)/review")
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.header("Content-Type"), "text/html; charset=utf-8")
            XCTAssertEqual(response.header("Content-Language"), "ar, zh, en, fr, es, ru")
            let html = response.text
            let page = ReviewMarkup(html)
            XCTAssertEqual(page.headerLanguages, ServerRepo.languages)
            XCTAssertFalse(page.rows.isEmpty)
            for row in page.rows {
                XCTAssertEqual(row.cells.map(\.language), ServerRepo.languages, row.id)
                XCTAssertEqual(row.cells.first { $0.language == "ar" }?.direction, "rtl", row.id)
                XCTAssertTrue(row.cells.filter { $0.language != "ar" }.allSatisfy { $0.direction == "ltr" }, row.id)
            }
            let ids = page.rows.map(\.id)
            for id in ["row-masthead-body", "row-title", "row-author", "row-division-1", "row-division-2"] {
                XCTAssertTrue(ids.contains(id), "\(id) in \(ids)")
            }
            // Rows in reading order: every division of the body (each section, then its paragraphs, each followed by its sub-items).
            let english = try server.library.document(server.library.entry(ServerRepo.documentID), language: "en")
            let reading = ["row-title", "row-author"] + english.allDivisions.indices.map { "row-division-\($0 + 1)" }
            XCTAssertEqual(ids.filter { !$0.hasPrefix("row-masthead") }, reading)
            XCTAssertEqual(Array(ids.prefix(4)), ["row-masthead-body", "row-masthead-session", "row-masthead-venue", "row-masthead-agendaItem"])
            // Footnote 2 (the web page) sits under paragraph 1 in every language.
            let paragraph1 = try XCTUnwrap(page.rows.first { $0.id == "row-division-2" })  // section I, then paragraph 1
            XCTAssertTrue(paragraph1.cells.allSatisfy { $0.html.contains("<li value=\"2\">") && $0.html.contains("cbd.int/conferences/post2020") })
            for forbidden in ["<script", "<link", " src=", "url(", "@import", "href=\"http"] {
                XCTAssertFalse(html.contains(forbidden), "the page is standalone: found \(forbidden)")
            }
            for language in ServerRepo.languages {
                XCTAssertTrue(html.contains("<input type=\"checkbox\" id=\"show-\(language)\" checked>"), language)
                XCTAssertTrue(html.contains("body:has(#show-\(language):not(:checked)) .col-\(language) { display: none; }"), language)
            }
            XCTAssertTrue(html.contains("@media print"))
            XCTAssertTrue(html.contains("The checker finds no disagreement between the 6 renderings."))
        }
    }

    /// A French rendering with a changed number: the checker's finding is
    /// marked in the French and English cells of that row, and listed on top with a link.
    func testFindingsAreMarkedInTheCellsTheyConcern() async throws {
        let library = try DocumentLibrary(documentsFolder: ServerRepo.documents)
        var documents = try documents(library)
        let fr = documents.firstIndex { $0.language == "fr" }!
        var paragraph = documents[fr].body[0].children[0]
        paragraph.content = paragraph.content.map { inline in
            if case .value(var value) = inline, value.kind == .decision {
                value.text = value.text.replacingOccurrences(of: "14/34", with: "14/35")
                return .value(value)
            }
            return inline
        }
        documents[fr].body[0].children[0] = paragraph
        let review = try await library.reviewPage(documents, modelID: ServerRepo.documentID)
        let findings = review.findings
        let finding = try XCTUnwrap(findings.first { $0.node == "paragraph 1" }, "\(findings)")

        let page = ReviewMarkup(review.html())
        let row = try XCTUnwrap(page.rows.first { $0.id == "row-division-2" })
        let flagged = row.cells.filter { $0.classes.contains("has-finding") }.map(\.language)
        XCTAssertEqual(Set(flagged), Set(finding.sides.map(\.language)))
        XCTAssertTrue(flagged.contains("fr"))
        let frCell = try XCTUnwrap(row.cells.first { $0.language == "fr" })
        XCTAssertTrue(frCell.classes.contains("severity-\(finding.severity.rawValue)"))
        XCTAssertTrue(frCell.html.contains(finding.message.replacingOccurrences(of: "\"", with: "&quot;")))
        XCTAssertTrue(page.html.contains("<a href=\"#row-division-2\">paragraph 1</a>"))
        let other = try XCTUnwrap(page.rows.first { $0.id == "row-division-3" })
        XCTAssertFalse(other.cells.contains { $0.classes.contains("has-finding") })
    }

    func testAMissingParagraphLeavesAnEmptyCellInItsRow() async throws {
        let library = try DocumentLibrary(documentsFolder: ServerRepo.documents)
        var documents = try documents(library)
        let es = documents.firstIndex { $0.language == "es" }!
        let removed = documents[es].body[0].children.count  // the row of section I's last paragraph, counting section I as row 1
        documents[es].body[0].children.removeLast()
        let page = ReviewMarkup(try await library.reviewPage(documents, modelID: ServerRepo.documentID).html())
        let row = try XCTUnwrap(page.rows.first { $0.id == "row-division-\(removed + 1)" })
        XCTAssertEqual(row.cells.count, 6)
        XCTAssertTrue(try XCTUnwrap(row.cells.first { $0.language == "es" }).classes.contains("missing"))
        XCTAssertFalse(try XCTUnwrap(row.cells.first { $0.language == "en" }).classes.contains("missing"))
    }
}

/// Just enough reading of the page's table for the tests (the page is our own, regular markup).
struct ReviewMarkup {
    struct Cell { var language: String; var direction: String; var classes: [String]; var html: String }
    struct Row { var id: String; var cells: [Cell] }

    let html: String
    let headerLanguages: [String]
    let rows: [Row]

    init(_ html: String) {
        self.html = html
        let head = html.components(separatedBy: "<thead>").dropFirst().first?.components(separatedBy: "</thead>").first ?? ""
        headerLanguages = Self.attributes("lang", in: head, tag: "th")
        let body = html.components(separatedBy: "<tbody>").dropFirst().first?.components(separatedBy: "</tbody>").first ?? ""
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
