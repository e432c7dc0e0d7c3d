import HexaglotTree

/// Paragraphs are numbered 1, 2, 3 … through the document in each version,
/// and each sits in the same section as in the reference.
public struct ParagraphStructureRule: CheckRule {
    public let id = "structure.paragraphs"
    public let severity = Finding.Severity.error
    public let summary = "paragraphs are numbered in sequence and sit in the same sections as in the reference"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions {
            let paragraphs = version.document.sections.flatMap(\.paragraphs)
            findings += SequenceCheck.problems(paragraphs.map { ($0.number, $0.location, $0.label) }, what: "paragraph",
                                               expectedCount: context.reference.document.sections.flatMap(\.paragraphs).count).map {
                Finding(rule: id, severity: severity, message: "\(version.language): \($0.message)", node: "paragraph \($0.number)",
                        sides: [$0.side(version, excerpt: "")])
            }
        }
        let reference = context.reference
        let expected = Self.sectionOfParagraph(reference.alignedDocument)
        for (_, version) in context.others {
            let actual = Self.sectionOfParagraph(version.alignedDocument)
            for (n, section) in expected.sorted(by: { $0.key < $1.key }) {
                guard let other = actual[n] else {
                    findings.append(Finding(rule: id, severity: severity,
                        message: "paragraph \(n) of the \(reference.language) version is missing in the \(version.language) version",
                        node: "paragraph \(n)", sides: [context.side(reference, reference.node(.paragraph(n))), context.side(version, nil)]))
                    continue
                }
                if other != section {
                    findings.append(Finding(rule: id, severity: severity,
                        message: "paragraph \(n) is in section \(other) of the \(version.language) version but in section \(section) of the \(reference.language) version",
                        node: "paragraph \(n)", sides: [context.side(reference, reference.node(.paragraph(n))), context.side(version, version.node(.paragraph(n)))]))
                }
            }
            for n in Set(actual.keys).subtracting(expected.keys).sorted() {
                findings.append(Finding(rule: id, severity: severity,
                    message: "the \(version.language) version has a paragraph \(n) that the \(reference.language) version does not have",
                    node: "paragraph \(n)", sides: [context.side(version, version.node(.paragraph(n)))]))
            }
        }
        return findings
    }

    static func sectionOfParagraph(_ document: Document) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for section in document.sections { for p in section.paragraphs where result[p.number] == nil { result[p.number] = section.number } }
        return result
    }
}
