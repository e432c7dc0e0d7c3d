/// The one escaper for the markup Hexaglot writes: the HTML and DOCX writers, the HTML and
/// JUnit reports and the review page (which is the HTML report). Text may hold anything UTF-8
/// allows, so besides `& < > "` it replaces what XML 1.0 forbids even as a reference (C0
/// controls but tab, LF and CR; U+FFFE, U+FFFF) and the C1 controls HTML rejects with U+FFFD,
/// one policy everywhere. Attributes are always double-quoted, so `'` stays as it is; in an
/// attribute (`attribute: true`) tab and line breaks are written as references, which
/// attribute-value normalization would otherwise turn into spaces.
public enum Markup {
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r":
                if attribute { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
