import HexaglotTree

/// One standalone UTF-8 HTML5 file: `<header>` with the symbol and masthead,
/// `<h1>` title, a `<section>` per section, a `<p>` per paragraph with its
/// label in a span, sub-items as a list with their literal labels, and the
/// footnotes linked both ways. Values and terms keep their identity in
/// `data-` attributes; in RTL documents symbols and URLs are isolated LTR.
public struct HTMLWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        var renderer = HTMLInlineRenderer(document: document)
        var out = """
            <!DOCTYPE html>
            <html lang="\(Markup.escape(document.language))" dir="\(document.direction.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Markup.escape(Self.pageTitle(document)))</title>
            <style>
            \(HTMLStylesheet.css)
            </style>
            </head>
            <body>
            <header class="masthead">

            """
        if let symbol = document.symbol {
            out += "<p class=\"symbol\">\(renderer.leftToRightIsolated(Markup.escape(symbol)))</p>\n"
        }
        for line in document.masthead {
            out += "<p class=\"masthead-line\" data-role=\"\(line.role.rawValue)\">\(renderer.html(line.content))</p>\n"
        }
        out += "</header>\n<main>\n"
        out += "<h1>\(renderer.html(document.title.content))</h1>\n"
        if !document.author.content.isEmpty {
            out += "<p class=\"author\">\(renderer.html(document.author.content))</p>\n"
        }
        for section in document.sections {
            out += "<section id=\"sec\(section.number)\">\n"
            out += "<h2>\(Self.label(section.label))\(renderer.html(section.heading))</h2>\n"
            for paragraph in section.paragraphs {
                out += "<p id=\"para\(paragraph.number)\" class=\"numbered\">\(Self.label(paragraph.label))\(renderer.html(paragraph.content))</p>\n"
                guard !paragraph.subItems.isEmpty else { continue }
                out += "<ol class=\"sub-items\">\n"
                for item in paragraph.subItems {
                    out += "<li>\(Self.label(item.label))\(renderer.html(item.content))</li>\n"
                }
                out += "</ol>\n"
            }
            out += "</section>\n"
        }
        out += "</main>\n"
        if !document.footnotes.isEmpty {
            out += "<section class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n"
            var written: Set<Int> = []
            for footnote in document.footnotes where written.insert(footnote.number).inserted {
                let n = footnote.number
                let back = renderer.cited.contains(n)
                    ? "<a class=\"footnote-back\" href=\"#fnref\(n)\" role=\"doc-backlink\">\(n)</a>"
                    : "<span class=\"footnote-back\">\(n)</span>"
                out += "<li id=\"fn\(n)\">\(back) \(renderer.html(footnote.content))</li>\n"
            }
            out += "</ol>\n</section>\n"
        }
        out += "</body>\n</html>\n"
        return Array(out.utf8)
    }

    static func label(_ label: String) -> String {
        label.isEmpty ? "" : "<span class=\"label\">\(Markup.escape(label))</span> "
    }

    static func pageTitle(_ document: Document) -> String {
        let title = document.title.content.plainText
        return title.isEmpty ? (document.symbol ?? document.id) : title
    }
}

/// Inline content to HTML. Counts the citations of each footnote, so every
/// reference gets a unique id; knows up front which footnotes are cited at
/// all, so a footnote links back only to a reference that exists.
struct HTMLInlineRenderer {
    let rightToLeft: Bool
    let footnoteNumbers: Set<Int>
    let cited: Set<Int>
    private var citationCounts: [Int: Int] = [:]

    init(document: Document) {
        rightToLeft = document.direction == .rightToLeft
        footnoteNumbers = Set(document.footnotes.map(\.number))
        cited = FootnoteCitations(document).cited
    }

    mutating func html(_ content: [Inline]) -> String {
        content.map { node -> String in
            switch node {
            case .text(let s): Markup.escape(s)
            case .value(let v): value(v)
            case .term(let t): "<span class=\"term\" data-term=\"\(Markup.escape(t.key))\">\(html(t.content))</span>"
            case .footnoteRef(let r): footnoteRef(r)
            }
        }.joined()
    }

    func value(_ v: Value) -> String {
        var attributes = "class=\"value\" data-kind=\"\(v.kind.rawValue)\" data-value=\"\(Markup.escape(v.canonical))\""
        if rightToLeft && [.url, .symbol].contains(v.kind) { attributes += " dir=\"ltr\"" }
        if v.kind == .url && LinkTarget.isLinkable(v.canonical) {
            return "<a \(attributes) href=\"\(Markup.escape(v.canonical))\">\(Markup.escape(v.text))</a>"
        }
        guard rightToLeft && v.kind == .symbols else { return "<span \(attributes)>\(Markup.escape(v.text))</span>" }
        let content = LeftToRightSegments.split(v).map { segment in
            segment.leftToRight ? leftToRightIsolated(Markup.escape(segment.text)) : Markup.escape(segment.text)
        }.joined()
        return "<span \(attributes)>\(content)</span>"
    }

    /// The first citation is `fnrefN`, later ones `fnrefN-2`…; a number with no
    /// footnote is shown but not linked, so no link ever dangles.
    mutating func footnoteRef(_ ref: FootnoteRef) -> String {
        let n = ref.number
        guard footnoteNumbers.contains(n) else { return "<sup class=\"footnote-ref\">\(n)</sup>" }
        let count = (citationCounts[n] ?? 0) + 1
        citationCounts[n] = count
        let id = count == 1 ? "fnref\(n)" : "fnref\(n)-\(count)"
        return "<sup class=\"footnote-ref\"><a id=\"\(id)\" href=\"#fn\(n)\" role=\"doc-noteref\">\(n)</a></sup>"
    }

    func leftToRightIsolated(_ html: String) -> String {
        rightToLeft ? "<span dir=\"ltr\">\(html)</span>" : html
    }
}
