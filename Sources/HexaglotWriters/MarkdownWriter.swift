import HexaglotTree

/// Markdown that reads the same in any renderer (CommonMark, GFM, pandoc):
/// the symbol and masthead lines, the title as `#`, the author line, headed
/// divisions (sections, chapters, articles …) as `##`, `###` … with their label,
/// then each paragraph and sub-paragraph as its own paragraph led by its literal label (escaped, so never a Markdown list).
/// Footnotes are `[^n]`, defined as `[^n]: body` at the end.
public struct MarkdownWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        var blocks: [String] = []
        if let symbol = document.symbol { blocks.append(MarkdownEscaping.lineStart(MarkdownEscaping.text(symbol))) }
        for line in document.masthead { blocks.append(MarkdownEscaping.lineStart(Self.inline(line.content))) }
        let title = Self.inline(document.title.content)
        if !title.isEmpty { blocks.append("# " + title) }
        blocks.append(MarkdownEscaping.lineStart(Self.inline(document.author.content)))
        for division in document.body {
            var headingDepth: [Int] = []  // the depth in the tree of each open heading
            division.preorder { node, depth in
                while let last = headingDepth.last, last >= depth { headingDepth.removeLast() }
                if node.kind.isHeaded {
                    // "##" for the top divisions (the title is "#"), one more "#" per heading level below.
                    let level = min(6, 2 + headingDepth.count)
                    headingDepth.append(depth)
                    blocks.append(String(repeating: "#", count: level) + " " + Self.labelled(node.label, node.heading))
                    if !node.content.isEmpty { blocks.append(MarkdownEscaping.lineStart(Self.inline(node.content))) }
                } else {
                    blocks.append(Self.labelled(node.label, node.text))
                }
            }
        }
        // A footnote's body is parsed as blocks, so it is a line start too.
        for footnote in document.footnotes {
            blocks.append("[^\(footnote.number)]: " + MarkdownEscaping.lineStart(Self.inline(footnote.content)))
        }
        return Array((blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n").utf8)
    }

    static func labelled(_ label: String, _ content: [Inline]) -> String {
        let text = inline(content)
        if label.isEmpty { return MarkdownEscaping.lineStart(text) }
        return MarkdownEscaping.label(label) + (text.isEmpty ? "" : " " + text)
    }

    static func inline(_ content: [Inline]) -> String {
        content.map { node -> String in
            switch node {
            case .text(let s): MarkdownEscaping.text(s)
            case .value(let v) where v.kind == .url: link(v)
            case .value(let v): MarkdownEscaping.text(v.text)
            case .term(let t): inline(t.content)
            case .footnoteRef(let r): "[^\(r.number)]"
            }
        }.joined()
    }

    /// An autolink when the URL is shown as is (so punctuation after it, such
    /// as "。", is never taken into it), else a link with the text shown.
    static func link(_ value: Value) -> String {
        guard LinkTarget.isLinkable(value.canonical) else { return MarkdownEscaping.text(value.text) }
        if value.text == value.canonical { return "<\(value.canonical)>" }
        return "[\(MarkdownEscaping.text(value.text))](<\(value.canonical)>)"
    }
}
