import HexaglotTree

/// Plain text in the layout of the official files that UN services exchange:
/// one line per masthead line, heading, paragraph and sub-paragraph, each led by
/// its label as written; footnote
/// references as `[footnoteRef:N]`; each footnote's body as `[N:  body] ` at
/// the end of the line that cites it, followed by a blank line.
public struct TextWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        var out = ""
        let bodies = Dictionary(document.footnotes.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        func line(_ prefix: String, _ content: [Inline]) {
            out += prefix
            Self.append(content, to: &out)
            let refs = content.footnoteRefs
            if refs.isEmpty {
                out += "\n"
                return
            }
            for ref in refs {
                out += " [\(ref.number):  "
                Self.append(bodies[ref.number]?.content ?? [], to: &out)
                out += "]"
            }
            out += " \n\n"
        }
        for masthead in document.masthead { line("", masthead.content) }
        out += "\n"
        line("", document.title.content)
        line("", document.author.content)
        for division in document.body {
            division.preorder { node, _ in
                let prefix = node.label.isEmpty ? "" : node.label + " "
                if node.heading.isEmpty || node.content.isEmpty {
                    line(prefix, node.text)
                } else {  // a heading with text of its own: the text on the next line
                    line(prefix, node.heading)
                    line("", node.content)
                }
            }
        }
        return Array(out.utf8)
    }

    /// Writes straight into the output (no string per inline).
    static func append(_ content: [Inline], to out: inout String) {
        for node in content {
            switch node {
            case .text(let s): out += s
            case .value(let v): out += v.text
            case .term(let t): append(t.content, to: &out)
            case .footnoteRef(let r): out += "[footnoteRef:\(r.number)]"
            }
        }
    }
}
