import HexaglotTree

/// One standalone UTF-8 HTML5 file: `<header>` with the symbol and masthead,
/// `<h1>` title, a `<section>` per headed division (section, chapter, article …),
/// a `<p>` per paragraph with its label in a span, sub-paragraphs as a list
/// with their literal labels, and the
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
        var ids = HTMLDivisionIDs()
        for division in document.body { Self.write(division, headingLevel: 2, ids: &ids, renderer: &renderer, to: &out) }
        out += "</main>\n"
        if !document.footnotes.isEmpty {
            out += "<section class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n"
            var written: Set<Int> = []
            for footnote in document.footnotes where written.insert(footnote.number).inserted {
                let n = footnote.number
                let mark = Markup.escape(document.footnoteMarkerForm.mark(n))
                let back = renderer.cited.contains(n)
                    ? "<a class=\"footnote-back\" href=\"#fnref\(n)\" role=\"doc-backlink\">\(mark)</a>"
                    : "<span class=\"footnote-back\">\(mark)</span>"
                out += "<li id=\"fn\(n)\">\(back) \(renderer.html(footnote.content))</li>\n"
            }
            out += "</ol>\n</section>\n"
        }
        out += "</body>\n</html>\n"
        return Array(out.utf8)
    }

    /// A headed division is a `<section>` with its heading; a division of text a `<p>`,
    /// its sub-divisions an `<ol class="sub-items">` of `<li>`s with their literal labels.
    static func write(_ division: Division, headingLevel: Int, ids: inout HTMLDivisionIDs,
                      renderer: inout HTMLInlineRenderer, to out: inout String) {
        let id = ids.id(for: division)
        if division.kind.isHeaded {
            let h = "h\(min(6, headingLevel))"
            out += "<section id=\"\(id)\">\n"
            out += "<\(h)>\(Self.label(division.label))\(renderer.html(division.heading))</\(h)>\n"
            if !division.content.isEmpty { out += "<p>\(renderer.html(division.content))</p>\n" }
            for child in division.children {
                write(child, headingLevel: headingLevel + 1, ids: &ids, renderer: &renderer, to: &out)
            }
            out += "</section>\n"
            return
        }
        let numbered = division.label.isEmpty ? "" : " class=\"numbered\""
        out += "<p id=\"\(id)\"\(numbered)>\(Self.label(division.label))\(renderer.html(division.text))</p>\n"
        writeItems(division.children, renderer: &renderer, to: &out)
    }

    private static func writeItems(_ items: [Division], renderer: inout HTMLInlineRenderer, to out: inout String) {
        guard !items.isEmpty else { return }
        out += "<ol class=\"sub-items\">\n"
        for item in items {
            out += "<li>\(Self.label(item.label))\(renderer.html(item.text))"
            if item.children.isEmpty {
                out += "</li>\n"
            } else {
                out += "\n"
                writeItems(item.children, renderer: &renderer, to: &out)
                out += "</li>\n"
            }
        }
        out += "</ol>\n"
    }

    static func label(_ label: String) -> String {
        label.isEmpty ? "" : "<span class=\"label\">\(Markup.escape(label))</span> "
    }

    static func pageTitle(_ document: Document) -> String {
        let title = document.title.content.plainText
        return title.isEmpty ? (document.symbol ?? document.id) : title
    }
}

/// Inline content to HTML: the one place inline content becomes HTML, for the HTML
/// writer and the checker's HTML report. Counts the citations of each footnote, so every
/// reference gets a unique id; knows up front which footnotes are cited at
/// all, so a footnote links back only to a reference that exists.
public struct HTMLInlineRenderer {
    let rightToLeft: Bool
    let footnoteNumbers: Set<Int>
    let cited: Set<Int>
    /// The document's form of marks; nil outside a document, where each reference
    /// shows the form its file wrote.
    let markerForm: FootnoteMarkerForm?
    private var citationCounts: [Int: Int] = [:]

    init(document: Document) {
        rightToLeft = document.direction == .rightToLeft
        footnoteNumbers = Set(document.footnotes.map(\.number))
        cited = FootnoteCitations(document).cited
        markerForm = document.footnoteMarkerForm
    }

    /// Content shown outside its document (a cell of the checker's report): footnote
    /// references are shown as their files wrote them, linked to nothing.
    public init(direction: TextDirection) {
        rightToLeft = direction == .rightToLeft
        footnoteNumbers = []
        cited = []
        markerForm = nil
    }

    public mutating func html(_ content: [Inline]) -> String {
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
        // Kept as the official text published it: marked, with the model's reason as its title.
        if let note = v.asPublished { attributes += " data-as-published=\"true\" title=\"\(Markup.escape(note))\"" }
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
        let mark = Markup.escape((markerForm ?? ref.writtenForm ?? .plain).mark(n))
        guard footnoteNumbers.contains(n) else { return "<sup class=\"footnote-ref\">\(mark)</sup>" }
        let count = (citationCounts[n] ?? 0) + 1
        citationCounts[n] = count
        let id = count == 1 ? "fnref\(n)" : "fnref\(n)-\(count)"
        return "<sup class=\"footnote-ref\"><a id=\"\(id)\" href=\"#fn\(n)\" role=\"doc-noteref\">\(mark)</a></sup>"
    }

    func leftToRightIsolated(_ html: String) -> String {
        rightToLeft ? "<span dir=\"ltr\">\(html)</span>" : html
    }
}

/// Unique element ids for divisions: "sec2", "para5" as a note has them, and a
/// numbered id ("para1-2") where a number repeats, as when paragraphs restart in
/// each article.
struct HTMLDivisionIDs {
    /// How often each id has been given: a base of letters and digits never ends in "-n", so "-n" keeps ids unique.
    private var given: [String: Int] = [:]

    mutating func id(for division: Division) -> String {
        let prefix = switch division.kind {
        case .section: "sec"
        case .paragraph, .recital: "para"
        case .subparagraph: "item"
        case .point: "point"
        case .part: "part"
        case .chapter: "chap"
        case .article: "art"
        case .annex: "annex"
        case .goal: "goal"
        case .target: "target"
        case .preamble: "preamble"
        }
        let base = prefix + (division.number?.path.map(String.init).joined(separator: ".") ?? "")
        let n = given[base, default: 0] + 1
        given[base] = n
        return n == 1 ? base : "\(base)-\(n)"
    }
}
