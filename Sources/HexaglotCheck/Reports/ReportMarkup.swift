/// Escaping for the XML and HTML reports. Text from the checked files may hold
/// anything UTF-8 allows, so besides `& < > " '` it replaces the characters XML 1.0
/// forbids even as references (C0 controls but tab, LF, CR; U+FFFE, U+FFFF) and the
/// C1 controls HTML rejects, with U+FFFD. In attributes, tab and line breaks are
/// written as references, which attribute-value normalization would otherwise turn into spaces.
enum ReportMarkup {
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
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
