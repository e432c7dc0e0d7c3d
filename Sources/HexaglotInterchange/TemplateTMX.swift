import HexaglotModel
import HexaglotTree

/// How a TMX made from templates writes a placeholder.
public enum TMXCodes: String, CaseIterable, Sendable {
    /// TMX 1.4b `<ph x="2" type="x-term">{term:gbf}</ph>`: `x` pairs a target's code with the source's
    /// code citing the same name, as the standard intends, for any tool.
    case ph
    /// OmegaT's own TMX: the tag shortcuts OmegaT's XLIFF filter gives the codes of a
    /// `--source-in-target` export (`<t0/>`), as text. OmegaT 3.6 reads a TMX whose header names it as
    /// its creation tool verbatim (`TMXReader2.parseSegOmegaT`); the `<ph>` of any other TMX it numbers
    /// by position in each variant and ignores `x` (`parseSegExtLevel2`), so a translation that reorders
    /// codes cannot be carried, and it drops codes altogether unless "Display tags" is on.
    case omegat
}

extension TranslationUnits {
    /// Translation units of the templates themselves: for each key whose target template has prose, a
    /// `<tu>` (id `document:key`) with the source language's prose and the target's, every placeholder
    /// an inline code, so a CAT tool's exact match includes the codes. With `.omegat`, a unit whose
    /// target cites a name its source does not is left out (OmegaT can only place the source's codes).
    public static func tmx(_ documents: [TranslationUnits], codes: TMXCodes) -> [UInt8] {
        let source = documents.first?.sourceLanguage ?? "und"
        // OmegaT switches to reading its own shortcut text on this exact creation tool name.
        let tool = codes == .omegat ? "OmegaT\" creationtoolversion=\"hexaglot" : "hexaglot\" creationtoolversion=\"1"
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="\(tool)" segtype="paragraph" o-tmf="hexaglot" adminlang="en" srclang="\(Markup.escape(source, attribute: true))" datatype="plaintext"/>
              <body>

            """
        for document in documents {
            for unit in document.units {
                guard let target = unit.target else { continue }
                let positions = unit.sourcePositionsOfTargetCodes
                if codes == .omegat, positions.contains(nil) { continue }
                out += "    <tu tuid=\"\(Markup.escape("\(document.document):\(unit.id)", attribute: true))\">\n"
                out += variant(document.sourceLanguage, unit.source, numbers: Array(unit.sourceCodes.indices), codes: codes)
                // A target-only code takes a number no source code has.
                var extra = unit.sourceCodes.count
                let numbers = positions.map { position in
                    position ?? { extra += 1; return extra - 1 }()
                }
                out += variant(document.targetLanguage, target, numbers: numbers, codes: codes)
                out += "    </tu>\n"
            }
        }
        return Array((out + "  </body>\n</tmx>\n").utf8)
    }

    /// A `<tuv>`: the pieces, the nth code numbered `numbers[n]` (0-based position among the source's codes).
    private static func variant(_ language: String, _ pieces: [Piece], numbers: [Int], codes: TMXCodes) -> String {
        var n = -1
        let segment = pieces.map { piece -> String in
            switch piece {
            case .text(let text): return Markup.escape(text)
            case .code(let code):
                n += 1
                let text = code.placeholder.text
                switch codes {
                case .ph:
                    return "<ph x=\"\(numbers[n] + 1)\" type=\"x-\(code.placeholder.kind.name)\">\(Markup.escape(text))</ph>"
                case .omegat:
                    return Markup.escape(omegaTShortcut(text, number: numbers[n]))
                }
            }
        }.joined()
        return "      <tuv xml:lang=\"\(Markup.escape(language, attribute: true))\"><seg>\(segment)</seg></tuv>\n"
    }

    /// OmegaT 3.6's shortcut for an XLIFF 1.2 `<ph>`: the first letter of its content, lower-cased ('f'
    /// when none), then its position among the segment's codes, then "/>" (`XLIFFDialect.constructShortcuts`).
    static func omegaTShortcut(_ content: String, number: Int) -> String {
        let letter = content.first(where: \.isLetter).map { $0.lowercased() } ?? "f"
        return "<\(letter)\(number)/>"
    }
}
