import HexaglotTree
import HexaglotWriters

/// The report as one standalone HTML5 page (no external assets): a summary
/// table of the findings, then the versions side by side, one row per aligned
/// node and one column per version, each cell marked with its language (and
/// `dir="rtl"` for right-to-left ones); cells involved in findings are
/// highlighted with the findings' messages in place, linked to and from the summary.
/// The page is also well-formed XML (void elements closed, only XML's entities),
/// so tools and tests can parse it with an XML parser.
public struct HTMLReporter: CheckReporter {
    public init() {}

    public func render(_ report: CheckReport) throws -> [UInt8] {
        let placement = FindingPlacement(report)
        let totals = "\(report.inputs.count) file\(report.inputs.count == 1 ? "" : "s") checked: "
            + Finding.Severity.allCases.reversed().map { "\(report.count($0)) \($0.rawValue)\(report.count($0) == 1 ? "" : "s")" }.joined(separator: ", ")
        var out = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>hexaglot check: \(e(totals))</title>
            <style>
            \(HTMLReportStyle.css)\(HTMLReportStyle.columnToggles(placement.versions.count))</style>
            </head>
            <body>
            <h1>Consistency check</h1>
            <p class="totals">\(e(totals)).</p>

            """
        out += summary(report, placement)
        out += aligned(report, placement)
        out += "</body>\n</html>\n"
        return Array(out.utf8)
    }

    func summary(_ report: CheckReport, _ placement: FindingPlacement) -> String {
        var out = "<h2 id=\"findings\">Findings</h2>\n"
        guard !report.findings.isEmpty else { return out + "<p class=\"none\">No findings.</p>\n" }
        out += "<table class=\"findings\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Severity</th><th scope=\"col\">Rule</th>"
        out += "<th scope=\"col\">Node</th><th scope=\"col\">Message</th><th scope=\"col\">Where</th></tr></thead>\n<tbody>\n"
        for (index, finding) in report.findings.enumerated() {
            let number = index + 1
            let message = placement.placed.contains(index) ? "<a href=\"#finding-\(number)\">\(e(finding.message))</a>" : e(finding.message)
            let sides = finding.sides.map { side in
                "<li>\(e(side.language)) <code>\(e(side.locationDescription))</code></li>"
            }.joined()
            out += "<tr id=\"summary-\(number)\" class=\"\(finding.severity.rawValue)\"><td>\(number)</td><td>\(finding.severity.rawValue)</td>"
            out += "<td><code>\(e(finding.rule))</code></td><td>\(e(finding.node))</td><td>\(message)</td><td><ul>\(sides)</ul></td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    func aligned(_ report: CheckReport, _ placement: FindingPlacement) -> String {
        var out = "<h2 id=\"versions\">Versions side by side</h2>\n"
        guard !placement.versions.isEmpty else { return out + "<p class=\"none\">The versions' text is not part of this report.</p>\n" }
        let referenceFile = report.inputs.first(where: \.reference)?.file
        var anchored = Set<Int>()
        // Any subset of the columns, without a script: each box hides its column by CSS (`:has`).
        out += "<fieldset class=\"toggles\"><legend>Show columns</legend>"
        for (index, version) in placement.versions.enumerated() {
            out += "<label><input type=\"checkbox\" id=\"show-\(index + 1)\" checked=\"checked\"/> \(e(version.language))</label> "
        }
        out += "</fieldset>\n"
        out += "<table class=\"aligned\">\n<thead><tr><th scope=\"col\">Node</th>"
        for (index, version) in placement.versions.enumerated() {
            let role = version.file == referenceFile ? " (reference)" : ""
            out += "<th scope=\"col\">\(e(version.language))\(role)<br/><code>\(e(version.file))</code>"
            out += notes(placement.headers[index] ?? [], report, &anchored) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for key in placement.rows {
            let name = placement.name(of: key)
            out += "<tr id=\"node-\(Self.slug(name))\" data-node=\"\(e(name))\"><th scope=\"row\">\(e(name))</th>"
            for (index, version) in placement.versions.enumerated() {
                let node = version.nodes.first { $0.key == key }
                let findings = placement.cells[FindingPlacement.Cell(row: key, version: index)] ?? []
                var classes: [String] = []
                if node == nil { classes.append("missing") }
                if let worst = findings.map({ report.findings[$0].severity }).max() { classes += ["flagged", worst.rawValue] }
                out += "<td lang=\"\(e(version.language))\" dir=\"\(version.direction == .rightToLeft ? "rtl" : "ltr")\""
                out += classes.isEmpty ? ">" : " class=\"\(classes.joined(separator: " "))\">"
                var inlines = HTMLInlineRenderer(direction: version.direction)
                out += node.map { "<div class=\"text\">\(inlines.html($0.content))</div>" } ?? ""
                out += notes(findings, report, &anchored) + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The messages of findings shown in place; the first place of each finding is the summary's link target.
    func notes(_ findings: [Int], _ report: CheckReport, _ anchored: inout Set<Int>) -> String {
        guard !findings.isEmpty else { return "" }
        let items = findings.map { index -> String in
            let finding = report.findings[index]
            let id = anchored.insert(index).inserted ? " id=\"finding-\(index + 1)\"" : ""
            return "<li\(id) class=\"\(finding.severity.rawValue)\"><a href=\"#summary-\(index + 1)\">#\(index + 1)</a> "
                + "\(finding.severity.rawValue): \(e(finding.message)) <code>\(e(finding.rule))</code></li>"
        }
        return "<ul class=\"notes\" lang=\"en\" dir=\"ltr\">\(items.joined())</ul>"
    }

    /// "paragraph 8 (c)" → "paragraph-8-c".
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if ScalarClass.isAlphabetic(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }

    private func e(_ text: String) -> String { Markup.escape(text) }
}
