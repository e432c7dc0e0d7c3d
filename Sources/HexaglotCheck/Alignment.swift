import HexaglotTree

/// Decides which node of a version matches which node of the reference.
///
/// Nodes align by their printed numbers, so that a dropped paragraph does not
/// shift every paragraph after it. But when a version's numbers are broken
/// (duplicated, out of order, a gap) while it has as many nodes as the
/// reference, the fault is in the numbering, not in the text: those nodes then
/// align by position, and only the structure rules report the numbering.
enum Alignment {
    /// The document renumbered where its numbers are broken; nil when they already
    /// align (the usual case), so that callers keep what they built from it.
    static func align(_ document: Document, to reference: Document) -> Document? {
        var aligned = document
        var renumbered = false
        let sectionNumbers = document.sections.map(\.number)
        if needsPositions(sectionNumbers, referenceCount: reference.sections.count) {
            for i in aligned.sections.indices { aligned.sections[i].number = i + 1 }
            renumbered = true
        }
        let paragraphNumbers = document.sections.flatMap { $0.paragraphs.map(\.number) }
        let referenceParagraphs = reference.sections.flatMap(\.paragraphs)
        if needsPositions(paragraphNumbers, referenceCount: referenceParagraphs.count) {
            var n = 0
            for s in aligned.sections.indices {
                for p in aligned.sections[s].paragraphs.indices {
                    n += 1
                    aligned.sections[s].paragraphs[p].number = n
                }
            }
            renumbered = true
        }
        let referenceSubItems = Dictionary(referenceParagraphs.map { ($0.number, $0.subItems.count) }, uniquingKeysWith: { a, _ in a })
        for s in aligned.sections.indices {
            for p in aligned.sections[s].paragraphs.indices {
                let paragraph = aligned.sections[s].paragraphs[p]
                if needsPositions(paragraph.subItems.map(\.index), referenceCount: referenceSubItems[paragraph.number] ?? -1) {
                    for i in paragraph.subItems.indices { aligned.sections[s].paragraphs[p].subItems[i].index = i + 1 }
                    renumbered = true
                }
            }
        }
        return renumbered ? aligned : nil
    }

    private static func needsPositions(_ numbers: [Int], referenceCount: Int) -> Bool {
        numbers != Array(1...max(1, numbers.count)).prefix(numbers.count).map { $0 } && numbers.count == referenceCount
    }
}
