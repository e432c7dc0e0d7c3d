import HexaglotCheck
import HexaglotICU
import HexaglotTree

/// The side-by-side review page: one standalone HTML file (no script, no
/// external asset), a column per language, a row per aligned node (masthead
/// line, title, author, section, paragraph, sub-item) with the footnotes the
/// row cites beneath it, and the checker's findings marked in the cells they
/// concern. Checkboxes show any subset of columns (CSS `:has`), and print
/// styles drop the controls.
public struct ReviewPage {
    public let documents: [Document]
    public let findings: [Finding]
    /// The documents as the check session aligned them (in the same order), so that the rows are the findings' rows.
    let alignedVersions: [Version]

    public init(documents: [Document], findings: [Finding], alignedVersions: [Version]) {
        self.documents = documents
        self.findings = findings
        self.alignedVersions = alignedVersions
    }

    struct Row {
        var key: NodeKey?
        var id: String
        var heading: String
        var cells: [Cell]
    }

    struct Cell {
        var label: String
        var content: [Inline]
        var footnotes: [Footnote]
        var present: Bool
    }

    public func html() -> String {
        let rows = self.rows()
        let findingsByCell = Dictionary(grouping: findings.flatMap { f in f.sides.map { (key: "\(f.node)|\($0.language)", finding: f) } },
                                        by: \.key).mapValues { $0.map(\.finding) }
        var rowIDs = Dictionary(rows.compactMap { row in row.key.map { _ in (row.heading, row.id) } }, uniquingKeysWith: { a, _ in a })
        // A footnote's findings point at the first row that shows it.
        for row in rows {
            for number in Set(row.cells.flatMap { $0.footnotes.map(\.number) }) where rowIDs[NodeKey.footnote(number).description] == nil {
                rowIDs[NodeKey.footnote(number).description] = row.id
            }
        }
        let symbol = documents.lazy.compactMap(\.symbol).first ?? documents.first?.id ?? ""
        var out = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(symbol)): side-by-side review</title>
            <style>
            \(ReviewStylesheet.css(languages: documents.map(\.language)))
            </style>
            </head>
            <body>
            <a class="skip" href="#review">Skip to the text</a>
            <header>
            <h1>\(HTMLText.escape(symbol)) <span class="subtitle">side by side in \(documents.count) languages</span></h1>

            """
        out += findingSummary(rowIDs: rowIDs)
        out += "<fieldset class=\"toggles\">\n<legend>Show languages</legend>\n"
        for document in documents {
            let code = HTMLText.escape(document.language)
            out += "<label><input type=\"checkbox\" id=\"show-\(code)\" checked> <span lang=\"\(code)\" dir=\"\(document.direction.rawValue)\">\(HTMLText.escape(Self.languageName(document.language)))</span> (\(code))</label>\n"
        }
        out += "</fieldset>\n</header>\n<main>\n"
        out += "<table class=\"review\" id=\"review\" data-columns=\"\(documents.count)\">\n<thead>\n<tr><th scope=\"col\" class=\"node\">Node</th>"
        for document in documents {
            let code = HTMLText.escape(document.language)
            out += "<th scope=\"col\" class=\"col-\(code)\" lang=\"\(code)\" dir=\"\(document.direction.rawValue)\">\(HTMLText.escape(Self.languageName(document.language)))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            let flagged = documents.indices.contains { findingsByCell["\(row.key == nil ? "" : row.heading)|\(documents[$0].language)"] != nil }
            out += "<tr id=\"\(row.id)\" tabindex=\"-1\"\(flagged ? " class=\"flagged\"" : "")><th scope=\"row\" class=\"node\">\(HTMLText.escape(row.heading))</th>"
            for (document, cell) in zip(documents, row.cells) {
                out += self.cell(cell, document: document, row: row, findingsByCell: findingsByCell)
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: Rows

    func rows() -> [Row] {
        // Aligned as the checker aligns them, so that a row holds the nodes that translate each other.
        let versions = alignedVersions
        var rows: [Row] = Self.documentOrder(versions).map { key in
            let heading = versions.lazy.compactMap { $0.node(key)?.name }.first ?? key.description
            return Row(key: key, id: Self.rowID(key), heading: heading, cells: zip(documents, versions).map { document, version in
                guard let node = version.node(key) else { return Cell(label: "", content: [], footnotes: [], present: false) }
                var seen: Set<Int> = []
                let cited = node.content.footnoteRefs.map(\.number).filter { seen.insert($0).inserted }
                return Cell(label: node.division?.label ?? "", content: node.content,
                            footnotes: cited.compactMap { n in document.footnotes.first { $0.number == n } }, present: true)
            })
        }
        // Footnotes no row cites in some language still have a place to be seen.
        let uncited = documents.enumerated().map { index, document in
            let cited = Set(rows.flatMap { $0.cells[index].footnotes.map(\.number) })
            return document.footnotes.filter { !cited.contains($0.number) }
        }
        if uncited.contains(where: { !$0.isEmpty }) {
            rows.append(Row(key: nil, id: "row-uncited-footnotes", heading: "footnotes cited nowhere",
                            cells: uncited.map { Cell(label: "", content: [], footnotes: $0, present: !$0.isEmpty) }))
        }
        return rows
    }

    /// Every node but footnotes, in reading order: keys are the checker's rows, which
    /// run in document order (a node only some versions have has its own row at its place).
    static func documentOrder(_ versions: [Version]) -> [NodeKey] {
        Set(versions.flatMap { $0.nodes.map(\.key) }).filter { if case .footnote = $0 { false } else { true } }.sorted()
    }

    static func rowID(_ key: NodeKey) -> String {
        switch key {
        case .masthead(let role): "row-masthead-\(role.rawValue)"
        case .title: "row-title"
        case .author: "row-author"
        case .division(let row): "row-division-\(row + 1)"
        case .footnote(let n): "row-footnote-\(n)"
        }
    }

    static func languageName(_ code: String) -> String {
        (try? DisplayNames(locale: code).language(code)) ?? code
    }

    // MARK: Cells and findings

    func cell(_ cell: Cell, document: Document, row: Row, findingsByCell: [String: [Finding]]) -> String {
        let code = HTMLText.escape(document.language)
        let here = row.key.flatMap { _ in findingsByCell["\(row.heading)|\(document.language)"] } ?? []
        var classes = ["col-\(code)"]
        if !cell.present { classes.append("missing") }
        if let worst = here.map(\.severity).max() { classes += ["has-finding", "severity-\(worst.rawValue)"] }
        var out = "<td class=\"\(classes.joined(separator: " "))\" lang=\"\(code)\" dir=\"\(document.direction.rawValue)\" data-lang=\"\(code)\">"
        if !cell.present && cell.footnotes.isEmpty {
            out += "<span class=\"absent\">—</span>"
        } else if !cell.content.isEmpty || !cell.label.isEmpty {
            out += "<p class=\"text\">"
            if !cell.label.isEmpty { out += "<span class=\"label\">\(HTMLText.escape(cell.label))</span> " }
            out += inline(cell.content, rightToLeft: document.direction == .rightToLeft) + "</p>"
        }
        out += findingNotes(here)
        if !cell.footnotes.isEmpty {
            out += "<ol class=\"footnotes\">"
            for footnote in cell.footnotes {
                let notes = findingsByCell["\(NodeKey.footnote(footnote.number).description)|\(document.language)"] ?? []
                let flag = notes.map(\.severity).max().map { " class=\"has-finding severity-\($0.rawValue)\"" } ?? ""
                out += "<li value=\"\(footnote.number)\"\(flag)>"
                    + inline(footnote.content, rightToLeft: document.direction == .rightToLeft) + findingNotes(notes) + "</li>"
            }
            out += "</ol>"
        }
        return out + "</td>"
    }

    func findingNotes(_ findings: [Finding]) -> String {
        findings.map { f in
            "<p class=\"finding severity-\(f.severity.rawValue)\" role=\"note\"><mark>\(f.severity.rawValue)</mark> \(HTMLText.escape(f.message)) <code>\(HTMLText.escape(f.rule))</code></p>"
        }.joined()
    }

    func findingSummary(rowIDs: [String: String]) -> String {
        guard !findings.isEmpty else {
            return "<p class=\"summary\" role=\"status\">The checker finds no disagreement between the \(documents.count) renderings.</p>\n"
        }
        var out = "<nav class=\"summary\" aria-label=\"Findings\">\n<p role=\"status\">\(findings.count) finding\(findings.count == 1 ? "" : "s") of the checker:</p>\n<ol>\n"
        for finding in findings {
            let languages = finding.sides.map(\.language).joined(separator: ", ")
            let node = rowIDs[finding.node].map { "<a href=\"#\($0)\">\(HTMLText.escape(finding.node))</a>" } ?? HTMLText.escape(finding.node)
            out += "<li class=\"severity-\(finding.severity.rawValue)\">\(node): <mark>\(finding.severity.rawValue)</mark> \(HTMLText.escape(finding.message)) (\(HTMLText.escape(languages))) <code>\(HTMLText.escape(finding.rule))</code></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    // MARK: Inline content

    func inline(_ content: [Inline], rightToLeft: Bool) -> String {
        content.map { node -> String in
            switch node {
            case .text(let s): return HTMLText.escape(s)
            case .value(let v):
                let isolate = rightToLeft && [.url, .symbol, .symbols].contains(v.kind) ? " dir=\"ltr\"" : ""
                return "<span class=\"value\" data-kind=\"\(v.kind.rawValue)\"\(isolate)>\(HTMLText.escape(v.text))</span>"
            case .term(let t): return "<span class=\"term\">\(inline(t.content, rightToLeft: rightToLeft))</span>"
            case .footnoteRef(let r): return "<sup class=\"footnote-ref\">\(r.number)</sup>"
            }
        }.joined()
    }
}
