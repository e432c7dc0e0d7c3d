import HexaglotTree

/// A document as XLIFF 2.1 to translate from: one unit per block (masthead lines, title, each
/// division's heading or text, each footnote), the source only, footnote references as `<ph/>` codes (data
/// `{footnote:N}`, shown as `[N]`). `XLIFFReader` reads it back, footnotes included.
public struct XLIFFWriter: DocumentWriter {
    public init() {}

    public func write(_ document: Document) throws -> [UInt8] {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="\(a(document.language))">
              <file id="f1" original="\(a(document.id))">

            """
        func unit(_ id: String, _ content: [Inline]) {
            var codes: [Int] = []
            var source = ""
            func append(_ inlines: [Inline]) {
                for inline in inlines {
                    switch inline {
                    case .text(let t): source += Markup.escape(t)
                    case .value(let v): source += Markup.escape(v.text)
                    case .term(let t): append(t.content)
                    case .footnoteRef(let r):
                        codes.append(r.number)
                        source += "<ph id=\"\(codes.count)\" dataRef=\"d\(codes.count)\" disp=\"[\(r.number)]\"/>"
                    }
                }
            }
            append(content)
            out += "    <unit id=\"\(a(id))\">\n"
            if !codes.isEmpty {
                out += "      <originalData>\n" + codes.enumerated().map { "        <data id=\"d\($0.offset + 1)\">{footnote:\($0.element)}</data>\n" }.joined() + "      </originalData>\n"
            }
            out += "      <segment>\n        <source>\(source)</source>\n      </segment>\n    </unit>\n"
        }
        for line in document.masthead { unit("masthead.\(line.role.rawValue)", line.content) }
        unit("title", document.title.content)
        var count = 0
        for division in document.body {
            division.preorder { d, _ in
                count += 1
                unit("body.\(count)", (d.label.isEmpty ? [] : [.text(d.label + " ")]) + d.text)
            }
        }
        for note in document.footnotes { unit("footnotes.\(note.number)", note.content) }
        return Array((out + "  </file>\n</xliff>\n").utf8)
    }

    private func a(_ text: String) -> String { Markup.escape(text, attribute: true) }
}
