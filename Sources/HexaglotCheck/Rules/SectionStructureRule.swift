import HexaglotTree

/// Sections are numbered 1, 2, 3 … in each version (whatever the style:
/// I. / 一. / أولاً -), and every version has the reference's sections.
public struct SectionStructureRule: CheckRule {
    public let id = "structure.sections"
    public let severity = Finding.Severity.error
    public let summary = "sections are numbered in sequence and match the reference"
    public init() {}

    public func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions {
            let sections = version.document.sections.filter { $0.number > 0 }
            findings += SequenceCheck.problems(sections.map { ($0.number, $0.location, $0.label) }, what: "section",
                                               expectedCount: context.reference.document.sections.filter { $0.number > 0 }.count).map {
                Finding(rule: id, severity: severity, message: "\(version.language): \($0.message)", node: "section \($0.number)",
                        sides: [$0.side(version, excerpt: "")])
            }
        }
        let reference = context.reference
        let expected = Set(reference.alignedDocument.sections.map(\.number))
        for (_, version) in context.others {
            let actual = Set(version.alignedDocument.sections.map(\.number))
            for n in expected.subtracting(actual).sorted() {
                findings.append(Finding(rule: id, severity: severity,
                    message: "section \(n) of the \(reference.language) version is missing in the \(version.language) version",
                    node: "section \(n)", sides: [context.side(reference, reference.node(.section(n))), context.side(version, nil)]))
            }
            for n in actual.subtracting(expected).sorted() {
                findings.append(Finding(rule: id, severity: severity,
                    message: "the \(version.language) version has a section \(n) that the \(reference.language) version does not have",
                    node: "section \(n)", sides: [context.side(version, version.node(.section(n)))]))
            }
        }
        return findings
    }
}
