/// Writes model values and strings as YAML that `NoteModel.decode` and
/// `DocumentTemplate.decode` read back: the one writer of Hexaglot's YAML
/// (`hexaglot-bench synth`, `hexaglot import`).
public enum ModelYAML {
    /// A value in its flow form: `{date: "2019-09-15"}`, `{states: ["AT", "BR"]}`.
    public static func value(_ data: ValueData) -> String {
        switch data {
        case .date(let d): "{date: \"\(d)\"}"
        case .dateRange(let a, let b): "{dateRange: \(a.iso)/\(b.iso)}"
        case .year(let y): "{year: \(y)}"
        case .number(let n): "{number: \(n)}"
        case .decimal(let s): "{decimal: \(quoted(s))}"
        case .ordinal(let n): "{ordinal: \(n)}"
        case .symbol(let s): "{symbol: \(quoted(s))}"
        case .symbols(let s): "{symbols: \(list(s))}"
        case .decision(let s): "{decision: \(quoted(s))}"
        case .recommendation(let s): "{recommendation: \(quoted(s))}"
        case .article(let s): "{article: \(quoted(s))}"
        case .url(let s): "{url: \(quoted(s))}"
        case .place(let p): "{place: \(place(p))}"
        case .states(let s): "{states: \(list(s))}"
        case .organizations(let s): "{organizations: \(list(s))}"
        case .annexes(let a): "{annexes: [\(a.map(String.init).joined(separator: ", "))]}"
        case .section(let s): "{section: \(quoted(s))}"
        }
    }

    public static func place(_ p: Place) -> String {
        var parts = ["city: \(quoted(p.city))"]
        if let region = p.region { parts.append("region: \(quoted(region))") }
        if let country = p.country { parts.append("country: \(quoted(country))") }
        return "{\(parts.joined(separator: ", "))}"
    }

    public static func list(_ items: [String]) -> String { "[\(items.map(quoted).joined(separator: ", "))]" }

    /// A YAML double-quoted scalar; characters YAML may not hold raw are escaped.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\u{FEFF}": out += "\\uFEFF"  // a byte-order mark inside the text is escaped, not written raw
            case " "..."~", "\u{A0}"..."\u{D7FF}", "\u{E000}"..."\u{FFFD}", "\u{10000}"..."\u{10FFFF}":
                out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value <= 0xFFFF ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
        }
        return out + "\""
    }
}
