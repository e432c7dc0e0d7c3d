/// A readable, stable dump of a document tree, for tests that compare the
/// whole tree with an expected text (so a failure shows the tree, not a boolean).
extension Document {
    public func treeDump() -> String {
        var lines = ["Document id=\(id) lang=\(language) dir=\(direction.rawValue)" + (symbol.map { " symbol=\($0)" } ?? "")
            + (footnoteMarkerForm == .plain ? "" : " footnoteMarks=\(quoted(footnoteMarkerForm.prefix + "N" + footnoteMarkerForm.suffix))")]
        for line in masthead {
            lines.append("├─ Masthead \(line.role.rawValue) \(Self.dump(line.content))")
        }
        lines.append("├─ Title \(Self.dump(title.content))")
        lines.append("├─ Author \(Self.dump(author.content))")
        for division in body {
            division.preorder { node, depth in
                var line = String(repeating: "│  ", count: depth) + "├─ \(node.kind.rawValue)"
                if let number = node.number { line += " \(number.canonical)" }
                if !node.label.isEmpty { line += " label=\(quoted(node.label))" }
                if !node.heading.isEmpty { line += " heading " + Self.dump(node.heading) }
                if !node.content.isEmpty { line += " " + Self.dump(node.content) }
                lines.append(line)
            }
        }
        for footnote in footnotes {
            lines.append("└─ Footnote \(footnote.number)\(footnote.id.map { " id=\($0)" } ?? "") \(Self.dump(footnote.content))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func dump(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let s): quoted(s)
            case .value(let v): "⟨\(v.kind.rawValue) \(quoted(v.text)) = \(v.canonical)⟩"
            case .term(let t): "⟨term \(t.key) \(dump(t.content))⟩"
            case .footnoteRef(let r):
                // The form as written, where a reader found one other than a bare number.
                "⟨fn \(r.writtenForm.flatMap { $0 == .plain ? nil : $0 }?.mark(r.number) ?? String(r.number))⟩"
            }
        }.joined(separator: " ")
    }
}

private func quoted(_ s: String) -> String {
    "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n") + "\""
}

extension String {
    /// Replaces every occurrence of `target`, compared by UTF-8 bytes (scalar by
    /// scalar, as the inputs are NFC; not grapheme by grapheme), left to right
    /// without overlaps. Foundation-free, so this target needs only the stdlib.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, containsBytes(of: target) else { return self }
        var source = self, target = target, replacement = replacement
        return source.withUTF8 { s in
            target.withUTF8 { t in
                replacement.withUTF8 { r in
                    var out: [UInt8] = []
                    out.reserveCapacity(s.count + r.count * 4)
                    var i = 0
                    while i < s.count {
                        if s[i] == t[0], s.count - i >= t.count, (1..<t.count).allSatisfy({ s[i + $0] == t[$0] }) {
                            out.append(contentsOf: r)
                            i += t.count
                        } else {
                            out.append(s[i])
                            i += 1
                        }
                    }
                    return String(decoding: out, as: UTF8.self)
                }
            }
        }
    }
}
