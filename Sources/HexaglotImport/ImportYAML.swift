import HexaglotModel
import HexaglotTree

/// The model and templates as YAML (through `ModelYAML`, the one writer of Hexaglot's YAML).
extension ImportBuilder {
    func modelYAML() -> String {
        let q = ModelYAML.quoted
        let r = context.referenceIndex
        var out = "# \(id): imported by `hexaglot import` from "
        out += versions.map { "\($0.file) (\($0.language))" }.joined(separator: ", ")
        out += "; structure from \(versions[r].file).\n"
        out += "# Every fact all versions state is a typed value; Templates/<lang>/\(id).yaml hold the prose.\n"
        out += "id: \(q(id))\n"
        if let symbol = versions[r].document.symbol { out += "symbol: \(q(symbol))\n" }
        if !values.isEmpty {
            out += "values:\n"
            for (valueId, data) in values { out += "  \(q(valueId)): \(ModelYAML.value(data))\n" }
        }
        let cited = Set(header.flatMap(\.footnotes) + nodes.flatMap(\.footnotes))
        let declared = footnotes.filter(cited.contains)
        if !declared.isEmpty { out += "footnotes: \(ModelYAML.list(declared))\n" }
        if !header.isEmpty {
            out += "header:\n"
            for line in header {
                out += "  - {id: \(q(line.id)), place: \(line.placeName)"
                out += line.footnotes.isEmpty ? "}\n" : ", footnotes: \(ModelYAML.list(line.footnotes))}\n"
            }
        }
        if !roots.isEmpty {
            out += "body:\n"
            for root in roots { write(node: root, indent: "  ", into: &out) }
        }
        return out
    }

    private func write(node index: Int, indent: String, into out: inout String) {
        let node = nodes[index]
        out += "\(indent)- id: \(ModelYAML.quoted(node.id))\n"
        let inner = indent + "  "
        out += "\(inner)kind: \(node.kind.rawValue)\n"
        if !node.number.isEmpty { out += "\(inner)number: [\(node.number.map(String.init).joined(separator: ", "))]\n" }
        if let name = node.numbering { out += "\(inner)numbering: \(ModelYAML.quoted(name))\n" }
        if !node.footnotes.isEmpty { out += "\(inner)footnotes: \(ModelYAML.list(node.footnotes))\n" }
        if !node.children.isEmpty {
            out += "\(inner)children:\n"
            for child in node.children { write(node: child, indent: inner + "  ", into: &out) }
        }
    }

    func templatesYAML() -> [String: String] {
        var result: [String: String] = [:]
        for (v, version) in versions.enumerated() {
            let q = ModelYAML.quoted
            var out = "# The \(version.language) prose of \(id), imported by `hexaglot import` from \(version.file):\n"
            out += "# the text as published, each agreed fact as its placeholder, `~` where this version lacks a line.\n"
            out += "title: \(q(prose[v][.title] ?? ""))\n"
            func table(_ name: String, _ ids: [String], _ slot: (String) -> Slot, nullable: Bool) {
                let entries = ids.compactMap { key -> String? in
                    if nullable, absent[v].contains(slot(key)) { return "  \(q(key)): ~\n" }
                    return prose[v][slot(key)].map { "  \(q(key)): \(q($0))\n" }
                }
                guard !entries.isEmpty else { return }
                out += "\(name):\n" + entries.joined()
            }
            table("header", header.map(\.id), Slot.header, nullable: true)
            if !numbering[v].isEmpty {
                out += "numbering:\n"
                for (name, pattern) in numbering[v].sorted(by: { $0.key < $1.key }) { out += "  \(q(name)): \(q(pattern))\n" }
            }
            let order = nodes.map(\.id)
            if !labels[v].isEmpty {
                out += "labels:\n"
                for nodeId in order { if let label = labels[v][nodeId] { out += "  \(q(nodeId)): \(q(label))\n" } }
            }
            table("headings", order, Slot.heading, nullable: false)
            table("body", order, Slot.body, nullable: true)
            let cited = Set(header.flatMap(\.footnotes) + nodes.flatMap(\.footnotes))
            table("footnotes", footnotes.filter(cited.contains), Slot.footnote, nullable: false)
            result[version.language] = out
        }
        return result
    }
}
