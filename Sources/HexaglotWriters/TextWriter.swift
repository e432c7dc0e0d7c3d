import HexaglotTree

/// Plain text in the layout of the official files that UN services exchange:
/// one line per masthead line, heading, paragraph and sub-paragraph, each led by
/// its label as written; footnote
/// references as `[footnoteRef:N]`; each footnote's body as `[N:  body] ` at
/// the end of the line that cites it, followed by a blank line.
public struct TextWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        // Bytes straight away: a String built first cost a copy of the whole document at the end.
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        let bodies = Dictionary(document.footnotes.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var refs: [Int] = []  // the numbers a line cites, gathered as it is written
        func line(_ label: String, _ content: [Inline]) {
            if !label.isEmpty {
                out.append(contentsOf: label.utf8)
                out.append(UInt8(ascii: " "))
            }
            refs.removeAll(keepingCapacity: true)
            Self.append(content, to: &out, citing: &refs)
            if refs.isEmpty {
                out.append(UInt8(ascii: "\n"))
                return
            }
            var ignored: [Int] = []  // a footnote's body cites none
            for number in refs {
                out.append(contentsOf: " [".utf8)
                out.append(contentsOf: String(number).utf8)
                out.append(contentsOf: ":  ".utf8)
                Self.append(bodies[number]?.content ?? [], to: &out, citing: &ignored)
                out.append(UInt8(ascii: "]"))
            }
            out.append(contentsOf: " \n\n".utf8)
        }
        for masthead in document.masthead { line("", masthead.content) }
        out.append(UInt8(ascii: "\n"))
        line("", document.title.content)
        line("", document.author.content)
        for division in document.body {
            division.preorder { node, _ in
                if node.heading.isEmpty || node.content.isEmpty {
                    line(node.label, node.text)
                } else {  // a heading with text of its own: the text on the next line
                    line(node.label, node.heading)
                    line("", node.content)
                }
            }
        }
        return out
    }

    /// Writes straight into the output (no string per inline), adding the footnote numbers cited to `refs`.
    static func append(_ content: [Inline], to out: inout [UInt8], citing refs: inout [Int]) {
        for i in content.indices {
            switch content[i] {  // read in place: no copy of each inline
            case .text(let s): out.append(contentsOf: s.utf8)
            case .value(let v): out.append(contentsOf: v.text.utf8)
            case .term(let t): append(t.content, to: &out, citing: &refs)
            case .footnoteRef(let r):
                out.append(contentsOf: "[footnoteRef:".utf8)
                out.append(contentsOf: String(r.number).utf8)
                out.append(UInt8(ascii: "]"))
                refs.append(r.number)
            }
        }
    }
}
