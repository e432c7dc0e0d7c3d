import HexaglotTree

extension NoteModel {
    /// Checks what the YAML shape cannot: unique ids, footnotes declared and
    /// attached to exactly one node, value references that resolve.
    func validate(footnoteNodes: [YAMLNode], root: YAMLNode) throws {
        if !body.isEmpty || !header.isEmpty {
            guard sections.isEmpty, meeting == nil, agenda == nil, author == nil else {
                throw root.error("a model has either a note's `meeting`, `agenda`, `author` and `sections`, or `header` and `body`, not both")
            }
        } else if meeting == nil || agenda == nil || author == nil {
            throw root.error("a note needs `meeting`, `agenda` and `author`; a document without a meeting has `header` and `body` instead")
        }
        for division in body {
            var problem: (BodyNode, String)?
            division.preorder { node in
                if problem == nil, node.numbering != nil, node.number.isEmpty || node.number.contains(where: { $0 < 1 }) {
                    problem = (node, "'\(node.id)' has a numbering but no number of 1 or more: write number: [N] (or [goal, target])")
                }
            }
            if let (node, message) = problem { throw HexaglotError.inconsistent(node.location, file: file, message: message) }
        }
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
        if let agendaFootnote = agenda?.footnote { attached[agendaFootnote] = "the agenda line" }
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
            throw node.error("footnote '\(id)' is never cited: list it under the `footnotes` of one paragraph, sub-item, division or header line")
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
