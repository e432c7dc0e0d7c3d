import HexaglotModel
import HexaglotTree

/// Translation units as an XLIFF file: 1.2 (placeholders as `<ph>` holding the placeholder, with
/// `equiv-text`) or 2.1 (`<ph/>` with `disp` and `equiv`, the placeholder in `<originalData>`).
/// Each code shows its value in the language of the text it stands in. Deterministic: the same
/// workspace gives the same bytes.
public enum XLIFFVersion: String, CaseIterable, Sendable {
    case v1_2 = "1.2"
    case v2_1 = "2.1"
}

extension TranslationUnits {
    /// The marker of files this tool wrote, and of the inline codes that are Hexaglot placeholders.
    static let datatype = "x-hexaglot-template"

    /// `sourceInTarget`: every target holds a copy of its source (shown in the source language), as
    /// tools that translate the `<target>` element expect (OmegaT 3's XLIFF filter leaves `<source>`
    /// alone and translates what `<target>` holds); each code is the target template's code citing the
    /// same name where it has one, since such a tool can only move the codes the target holds. Import
    /// leaves a target still equal to its source (same text, codes citing the same names) as it was.
    public func xliff(_ version: XLIFFVersion, sourceInTarget: Bool = false) -> [UInt8] {
        var units = self
        if sourceInTarget {
            units.units = units.units.map { unit in
                var copy = unit
                copy.target = unit.sourceWithTargetCodes
                return copy
            }
        }
        return Array((version == .v1_2 ? units.xliff12() : units.xliff21()).utf8)
    }

    private func xliff12() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="\(a(document))" source-language="\(a(sourceLanguage))" target-language="\(a(targetLanguage))" datatype="\(Self.datatype)">
                <body>

            """
        for unit in units {
            out += "      <trans-unit id=\"\(a(unit.id))\" resname=\"\(a(unit.id))\">\n"
            out += "        <source xml:lang=\"\(a(sourceLanguage))\">\(inline12(unit.source, target: false))</source>\n"
            if let target = unit.target {
                out += "        <target xml:lang=\"\(a(targetLanguage))\" state=\"translated\">\(inline12(target, target: true))</target>\n"
            } else {
                out += "        <target xml:lang=\"\(a(targetLanguage))\" state=\"needs-translation\"></target>\n"
            }
            for note in unit.notes { out += "        <note from=\"\(a(targetLanguage)) locale\">\(Markup.escape(note))</note>\n" }
            out += "      </trans-unit>\n"
        }
        return out + "    </body>\n  </file>\n</xliff>\n"
    }

    private func inline12(_ pieces: [Piece], target: Bool) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return Markup.escape(text)
            case .code(let code):
                let shown = (target ? code.targetDisplay : code.sourceDisplay).map { " equiv-text=\"\(a($0))\"" } ?? ""
                return "<ph id=\"\(code.id)\" ctype=\"x-\(code.placeholder.kind.name)\"\(shown)>\(Markup.escape(code.placeholder.text))</ph>"
            }
        }.joined()
    }

    private func xliff21() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="\(a(sourceLanguage))" trgLang="\(a(targetLanguage))">
              <file id="f1" original="\(a(document))">

            """
        for unit in units {
            out += "    <unit id=\"\(a(unit.id))\" name=\"\(a(unit.id))\">\n"
            if !unit.notes.isEmpty {
                out += "      <notes>\n" + unit.notes.map { "        <note category=\"source\">\(Markup.escape($0))</note>\n" }.joined() + "      </notes>\n"
            }
            var codes: [Code] = []
            for case .code(let code) in unit.source + (unit.target ?? []) where !codes.contains(where: { $0.id == code.id }) { codes.append(code) }
            if !codes.isEmpty {
                out += "      <originalData>\n" + codes.map { "        <data id=\"d\($0.id)\">\(Markup.escape($0.placeholder.text))</data>\n" }.joined() + "      </originalData>\n"
            }
            out += "      <segment state=\"\(unit.target == nil ? "initial" : "translated")\">\n"
            out += "        <source>\(inline21(unit.source, target: false))</source>\n"
            if let target = unit.target { out += "        <target>\(inline21(target, target: true))</target>\n" }
            out += "      </segment>\n    </unit>\n"
        }
        return out + "  </file>\n</xliff>\n"
    }

    private func inline21(_ pieces: [Piece], target: Bool) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): return Markup.escape(text)
            case .code(let code):
                let shown = (target ? code.targetDisplay : code.sourceDisplay).map { " disp=\"\(a($0))\" equiv=\"\(a($0))\"" } ?? ""
                return "<ph id=\"\(code.id)\" dataRef=\"d\(code.id)\" type=\"other\" subType=\"x-hexaglot:\(code.placeholder.kind.name)\"\(shown)/>"
            }
        }.joined()
    }

    private func a(_ text: String) -> String { Markup.escape(text, attribute: true) }
}
