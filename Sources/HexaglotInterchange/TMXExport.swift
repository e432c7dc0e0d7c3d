import Foundation
import HexaglotCheck
import HexaglotTree

/// Aligned versions as a TMX 1.4b translation memory: one `<tu>` per row of the alignment that
/// `check` makes (masthead lines, title, divisions, footnotes), a `<tuv>` for each version that has
/// the node, its plain text (trimmed) as the segment. Rows only one version has are left out (nothing to reuse).
public enum TMXExport {
    public static func tmx(_ context: CheckContext) -> [UInt8] {
        let reference = context.reference.language
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="hexaglot" creationtoolversion="1" segtype="paragraph" o-tmf="hexaglot" adminlang="en" srclang="\(Markup.escape(reference, attribute: true))" datatype="plaintext"/>
              <body>

            """
        for row in context.rows {
            let sides = context.present(row).compactMap { v -> (String, String)? in
                guard let text = context.node(row, v)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
                return (context.versions[v].language, text)
            }
            guard sides.count >= 2 else { continue }
            out += "    <tu tuid=\"\(Markup.escape(row.key.description, attribute: true))\">\n"
            for (language, text) in sides {
                out += "      <tuv xml:lang=\"\(Markup.escape(language, attribute: true))\"><seg>\(Markup.escape(text))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        return Array((out + "  </body>\n</tmx>\n").utf8)
    }
}
