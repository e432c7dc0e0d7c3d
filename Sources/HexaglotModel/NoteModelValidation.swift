import HexaglotTree

extension NoteModel {
    /// Checks what the YAML shape cannot: unique ids, footnotes declared and
    /// attached to exactly one node, value references that resolve.
    func validate(footnoteNodes: [YAMLNode]) throws {
        var seenIds: [String: SourceLocation?] = [:]
        for node in nodes {
            if let first = seenIds[node.id] {
                throw HexaglotError.inconsistent(node.location, file: file,
                    message: "duplicate node id '\(node.id)' (first at \(first.map(\.description) ?? file))")
            }
            seenIds[node.id] = node.location
        }
        var declared = Set<String>()
        for (id, node) in zip(footnotes, footnoteNodes) where !declared.insert(id).inserted {
            throw node.error("footnote '\(id)' is declared twice")
        }
        var attached: [String: String] = [:]
        if let agendaFootnote = agenda.footnote { attached[agendaFootnote] = "the agenda line" }
        for node in nodes {
            for footnote in node.footnotes {
                guard declared.contains(footnote) else {
                    throw HexaglotError.inconsistent(node.location, file: file,
                        message: "'\(node.id)' cites footnote '\(footnote)', which is not declared under `footnotes`")
                }
                if let other = attached[footnote] {
                    throw HexaglotError.inconsistent(node.location, file: file,
                        message: "footnote '\(footnote)' is cited twice: from '\(node.id)' and from \(other)")
                }
                attached[footnote] = "'\(node.id)'"
            }
        }
        for (id, node) in zip(footnotes, footnoteNodes) where attached[id] == nil {
            throw node.error("footnote '\(id)' is never cited: list it under the `footnotes` of one paragraph or sub-item")
        }
        let sectionIds = Set(sections.map(\.id))
        for value in values {
            if case .section(let target) = value.data, !sectionIds.contains(target) {
                throw HexaglotError.inconsistent(value.location, file: file,
                    message: "value '\(value.id)' refers to section '\(target)', which the model does not have")
            }
        }
    }
}
