import HexaglotTree

/// Plain text in the layout of the official files that UN services exchange:
/// one line per masthead line, heading, paragraph and sub-item; footnote
/// references as `[footnoteRef:N]`; each footnote's body as `[N:  body] ` at
/// the end of the line that cites it, followed by a blank line.
public struct TextWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        var out = ""
        let bodies = Dictionary(document.footnotes.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        func line(_ prefix: String, _ content: [Inline]) {
            out += prefix + Self.text(of: content)
            let refs = content.footnoteRefs
            if refs.isEmpty {
                out += "\n"
                return
            }
            for ref in refs {
                out += " [\(ref.number):  \(Self.text(of: bodies[ref.number]?.content ?? []))]"
            }
            out += " \n\n"
        }
        for masthead in document.masthead { line("", masthead.content) }
        out += "\n"
        line("", document.title.content)
        line("", document.author.content)
        for section in document.sections {
            line(section.label + " ", section.heading)
            for paragraph in section.paragraphs {
                line(paragraph.label + " ", paragraph.content)
                for item in paragraph.subItems { line(item.label + " ", item.content) }
            }
        }
        return Array(out.utf8)
    }

    static func text(of content: [Inline]) -> String {
        content.map { node -> String in
            switch node {
            case .text(let s): s
            case .value(let v): v.text
            case .term(let t): text(of: t.content)
            case .footnoteRef(let r): "[footnoteRef:\(r.number)]"
            }
        }.joined()
    }
}
