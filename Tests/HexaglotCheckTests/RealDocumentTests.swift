import Foundation
@testable import HexaglotCheck
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// The checker on official parallel versions that nobody here wrote
/// (Tests/Fixtures/real, with their sources): the tree each language is read
/// into, the structure findings on the clean sets (only true differences, each
/// said why), and mutations of every real document in every language: a
/// deleted, inserted or moved division, or a changed number, date or symbol, is
/// one finding at its place, and no finding that was there before vanishes.
final class RealDocumentTests: XCTestCase {
    static func versions(_ set: String, edit: (String, inout String) -> Void = { _, _ in }) throws -> [Version] {
        try RealDocuments.files(set).map { path in
            var text = try String(contentsOfFile: path, encoding: .utf8)
            edit(path, &text)
            let name = URL(fileURLWithPath: path).lastPathComponent
            let language = try XCTUnwrap(LanguageTag.inFileName(name), name)
            return Version(file: name, language: language, document: try TextReader().read(Array(text.utf8), file: name))
        }
    }

    static func findings(_ versions: [Version]) -> [Finding] {
        Checker().check(CheckContext(versions: versions))
    }

    // MARK: The trees

    func testTheSixSDGVersionsAreSeventeenGoalsAndTheirTargets() throws {
        for version in try Self.versions("sdg") {
            let body = version.document.body
            XCTAssertEqual(body.count, 17, version.file)
            XCTAssertEqual(body.map { $0.number?.value }, Array(1...17), version.file)
            XCTAssertEqual(body.reduce(0) { $0 + $1.children.count }, 169, version.file)
            let goal4 = body[3].children.map { $0.number?.canonical ?? "" }
            XCTAssertEqual(goal4, ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c"], version.file)
            XCTAssertEqual(Set(body.flatMap(\.children).map(\.kind)), [.target], version.file)
        }
    }

    func testUDHRArticlesRestartTheirParagraphs() throws {
        for version in try Self.versions("udhr") {
            let articles = version.document.divisions(.article)
            XCTAssertEqual(articles.map { $0.number?.value }, Array(1...30), version.file)
            XCTAssertEqual(articles[28].children.map { $0.number?.value }, [1, 2, 3], "Article 29 in \(version.file)")
            XCTAssertEqual(version.document.divisions(.preamble).count, 1, version.file)
            XCTAssertGreaterThanOrEqual(version.document.divisions(.recital).count, 7, version.file)
        }
    }

    // MARK: Clean sets

    /// Every finding on the official versions as published, each a true difference between
    /// the files (the corpus README describes each source's defects): none is false.
    func testCleanSetsHaveOnlyTrueFindings() throws {
        var found: [String: [String]] = [:]
        for set in RealDocuments.sets {
            // The version a finding is about: the first its message names ("the es version has …",
            // "… is missing in the zh version", "… of the en version has no counterpart …").
            found[set] = Self.findings(try Self.versions(set)).map { finding in
                let named = finding.message.firstMatch(of: /the (\w+) version/).map { String($0.1) } ?? "?"
                return "\(finding.rule) \(finding.node): \(named)"
            }
        }
        XCTAssertEqual(found["sdg"], [
            "facts.numbers target 2.1: es",   // "infants" is "niños menores de 1 año" in Spanish alone
            "facts.numbers target 3.1: ar",   // Arabic 3.1, 6.a, 7.2 and 16.9 have no "By 2030"
            "facts.numbers target 4.b: ar",   // Arabic 4.b says 2030, the five others 2020
            "facts.numbers target 6.a: ar",
            "facts.numbers target 7.2: ar",
            "facts.numbers target 14.6: ar",  // Arabic 14.6 keeps its footnote reference "(3)" as text
            "facts.numbers target 16.9: ar",
        ])
        XCTAssertEqual(found["udhr"], [
            // Chinese alone has the introduction before the preamble ("1948 年 12 月 10 日，联合国大会通过并颁布
            // 《世界人权宣言》…"), a paragraph of the OHCHR's page, not of the Declaration.
            "structure.divisions unnumbered paragraph 1: zh",
            // English splits the proclamation at the end of the preamble into three paragraphs
            // ("Now, therefore," / "The General Assembly," / "Proclaims …"), es into three
            // others, fr and ru into two, Chinese keeps one.
            "structure.divisions preambular paragraph 8: en",
            "structure.divisions preambular paragraph 8: es",
            "structure.divisions preambular paragraph 9: es",
            "structure.divisions preambular paragraph 9: zh",
            // es, ru and zh carry the adoption line ("resolution 217 A (III) of 10 December 1948"),
            // which the OHCHR's en and fr pages leave out.
            "facts.numbers author line: en", "facts.numbers author line: fr",
            "facts.dates author line: en", "facts.dates author line: fr",
        ])
        XCTAssertEqual(found["s-res-2209-2015"], [
            // "resolution 2118 (2013)" in fr and zh, "resolution 2118" in the four others.
            "facts.numbers unnumbered paragraph 1: fr", "facts.numbers unnumbered paragraph 1: zh",
        ])
        XCTAssertEqual(found["e-res-2014-38"], [])
        XCTAssertEqual(found["s-2015-10-add-5"], [
            "facts.dates paragraph 29: zh",  // the Chinese dates the briefing 20 January 2001, the five others 21 January
        ])
    }

    // MARK: Mutations

    /// Deleting a division in one language is one finding, named as the document names it, and nothing after it shifts.
    func testDeletingADivisionInAnyLanguageIsOneFinding() throws {
        let cases: [(set: String, prefixes: [String], node: String)] = [
            ("sdg", ["4.b "], "target 4.b"),
            ("udhr", ["3. ", "㈢ "], "Article 29, paragraph 3"),  // Chinese numbers the article's paragraphs ㈠ ㈡ ㈢
            ("e-res-2014-38", ["5. ", "5 - "], "paragraph 5"),
        ]
        for (set, prefixes, node) in cases {
            let (base, before) = try Self.baseline(set)
            for (v, version) in base.versions.enumerated() {
                let path = try XCTUnwrap(try RealDocuments.files(set).first { $0.hasSuffix("/\(version.file)") })
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let edited = Self.removingBlock(startingWith: prefixes, last: set == "udhr", from: text)
                XCTAssertNotEqual(edited, text, "\(set) \(version.language): the edit found nothing to delete")
                let new = try Self.newFindings(replacing: v, with: edited.components(separatedBy: "\n"), in: base, before: before, deleted: node)
                XCTAssertEqual(new.map(\.rule), ["structure.divisions"], "\(set) \(version.language): \(new.map(\.message))")
                XCTAssertEqual(new.first?.node, node, "\(set) \(version.language)")
                XCTAssertTrue(new.first?.message.contains("missing in the \(version.language) version") ?? false, "\(new.first?.message ?? "")")
            }
        }
    }

    /// In every real document and every language, at a division two thirds of the way through
    /// (one with no finding, on a line of its own, as is the next one): deleting it is one finding
    /// that it is missing there; inserting an unlabelled paragraph before it, one finding that the
    /// paragraph has no counterpart; swapping it with the next, one or two structure findings.
    /// No finding that was there before vanishes.
    func testDeletingInsertingAndMovingADivisionInEveryLanguageIsOneFinding() throws {
        for set in RealDocuments.sets {
            let (base, before) = try Self.baseline(set)
            let versions = base.versions, rowsWithFindings = Set(before.compactMap(\.key))
            for v in versions.indices {
                let name = versions[v].file, language = versions[v].language
                let path = try XCTUnwrap(try RealDocuments.files(set).first { $0.hasSuffix("/\(name)") })
                let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
                // Divisions on a line of their own in this version whose next row's division is on the line after the next.
                func line(_ row: CheckContext.Row) -> Int? {
                    guard case .division = row.key, base.present(row).count == versions.count, !rowsWithFindings.contains(row.key),
                          let l = base.node(row, v)?.location?.line, l >= 2, l < lines.count, lines[l - 2].isEmpty, lines[l].isEmpty else { return nil }
                    return l - 1  // as an index into `lines`
                }
                let candidates = base.rows.indices.dropLast().filter { k in
                    guard let here = line(base.rows[k]), let next = line(base.rows[k + 1]) else { return false }
                    return next == here + 2
                }
                let k = try XCTUnwrap(candidates.dropFirst(candidates.count * 2 / 3).first, "\(set) \(name): no division to change")
                let row = base.rows[k], at = line(row)!
                let what = "\(set) \(name) at \(base.name(of: row))"

                var deleted = lines
                deleted.removeSubrange(at...(at + 1))
                let afterDeletion = try Self.newFindings(replacing: v, with: deleted, in: base, before: before)
                XCTAssertEqual(afterDeletion.map(\.rule), ["structure.divisions"], "deleted, \(what): \(afterDeletion.map(\.message))")
                XCTAssertEqual(afterDeletion.first?.node, base.name(of: row), "deleted, \(what)")
                XCTAssertTrue(afterDeletion.first?.message.contains("missing in the \(language) version") ?? false, "deleted, \(what): \(afterDeletion.map(\.message))")

                var inserted = lines
                inserted.insert(contentsOf: ["A paragraph that no other version has.", ""], at: at)
                let afterInsertion = try Self.newFindings(replacing: v, with: inserted, in: base, before: before)
                XCTAssertEqual(afterInsertion.map(\.rule), ["structure.divisions"], "inserted, \(what): \(afterInsertion.map(\.message))")
                XCTAssertTrue(afterInsertion.first?.message.contains("of the \(language) version has no counterpart") ?? false, "inserted, \(what): \(afterInsertion.map(\.message))")

                var moved = lines
                moved.swapAt(at, at + 2)
                let afterMove = try Self.newFindings(replacing: v, with: moved, in: base, before: before)
                XCTAssertTrue((1...2).contains(afterMove.count), "moved, \(what): \(afterMove.map(\.message))")
                XCTAssertTrue(afterMove.allSatisfy { $0.rule.hasPrefix("structure.") }, "moved, \(what): \(afterMove.map(\.message))")
            }
        }
    }

    /// A set's versions aligned, and their findings.
    static func baseline(_ set: String) throws -> (CheckContext, [Finding]) {
        let base = CheckContext(versions: try versions(set))
        return (base, Checker().check(base))
    }

    /// The findings of `base`'s versions with version `v` read from `lines` that none of `before` is,
    /// after asserting that every finding of `before` is still there (but those at `deleted`, a node
    /// the edit deleted). The other versions' facts are those already extracted.
    static func newFindings(replacing v: Int, with lines: [String], in base: CheckContext, before: [Finding], deleted: String? = nil) throws -> [Finding] {
        let old = base.versions[v]
        let edited = Version(file: old.file, language: old.language, document: try TextReader().read(Array(lines.joined(separator: "\n").utf8), file: old.file))
        var versions = base.versions, facts = base.facts
        versions[v] = edited
        facts[v] = CheckContext.facts(of: edited, knowledge: base.knowledge)
        let findings = Checker().check(CheckContext(versions: versions, referenceIndex: base.referenceIndex, stateNames: [:], knowledge: base.knowledge, facts: facts))
        XCTAssertTrue(before.allSatisfy { old in old.node == deleted || findings.contains { same($0, old) } }, "\(old.file): a finding that was there before vanished")
        return findings.filter { finding in !before.contains { same($0, finding) } }
    }

    /// In every real document and every language, each kind of fact the document states in
    /// digits (number, decimal, percentage, amount, date, year, symbol, decision, URL) changed
    /// once, at the first node where all versions agree: exactly one finding, of that kind's
    /// rule, at that node, naming that language; and every finding of before is still there.
    func testChangingEachKindOfFactInEveryLanguageIsOneFinding() throws {
        let rules: [(Fact.Kind, String)] = [(.number, "facts.numbers"), (.percent, "facts.percentages"), (.amount, "facts.amounts"),
                                            (.date, "facts.dates"), (.symbol, "facts.symbols"), (.decision, "facts.decisions"), (.url, "facts.urls")]
        var changed: [String] = []
        for set in RealDocuments.sets {
            let (base, before) = try Self.baseline(set)
            let versions = base.versions, rowsWithFindings = Set(before.compactMap(\.key))
            for v in versions.indices {
                for (kind, rule) in rules {
                    guard let (row, fact) = Self.firstAgreeingFact(kind, version: v, in: base, skipping: rowsWithFindings),
                          let node = base.node(row, v), let location = base.versions[v].location(of: node, offset: fact.offset) else { continue }
                    let path = try XCTUnwrap(try RealDocuments.files(set).first { $0.hasSuffix("/\(versions[v].file)") })
                    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
                    var line = Array(lines[location.line - 1].unicodeScalars)
                    let start = location.column - 1
                    XCTAssertEqual(String(String.UnicodeScalarView(line[start..<(start + fact.text.unicodeScalars.count)])), fact.text, "\(set) \(versions[v].file)")
                    // A digit that makes a value no version states there ("2015" may stand twice in a
                    // paragraph, and numbers are compared as distinct values).
                    let digit = start + Self.digitToChange(in: Array(fact.text.unicodeScalars), kind: kind)
                    let stated = Set(versions.indices.flatMap { base.facts[$0][row.members[$0]!].map(\.value) })
                    let extractor = FactExtractor(facts: base.knowledge.facts(for: versions[v].language))
                    line[digit] = try XCTUnwrap(Self.otherDigits(line[digit]).first { candidate in
                        var text = line[start..<(start + fact.text.unicodeScalars.count)]
                        text[digit] = candidate
                        return extractor.facts(in: String(String.UnicodeScalarView(text))).allSatisfy { !stated.contains($0.value) }
                    })
                    lines[location.line - 1] = String(String.UnicodeScalarView(line))
                    let new = try Self.newFindings(replacing: v, with: lines, in: base, before: before)
                    let what = "\(set) \(versions[v].file) \(kind.rawValue) “\(fact.text)” at \(base.name(of: row))"
                    XCTAssertEqual(new.map(\.rule), [rule], "\(what): \(new.map(\.message))")
                    XCTAssertEqual(new.first?.key, row.key, what)
                    XCTAssertTrue(new.first?.message.contains("the \(versions[v].language) version") ?? false, "\(what): \(new.map(\.message))")
                    changed.append("\(set) \(versions[v].language) \(kind.rawValue)")
                }
            }
        }
        // Every language of every set had a fact changed, but the UDHR's, whose versions share none (its
        // numbers are its articles' labels, its one date stands in the es, ru and zh adoption line only).
        for set in RealDocuments.sets where set != "udhr" {
            XCTAssertEqual(Set(changed.filter { $0.hasPrefix("\(set) ") }.map { $0.split(separator: " ")[1] }).count, try RealDocuments.files(set).count, set)
        }
        // The corpus states no symbol, decision or URL in every version (the note's own mutation tests change those).
        XCTAssertEqual(Set(changed.map { String($0.split(separator: " ").last!) }), ["number", "percent", "amount", "date"], "\(changed)")
    }

    /// The first row where every version has a node and none had a finding, and a fact of `kind`
    /// that `version` writes in digits and every other version states too, not in words: that row and fact.
    static func firstAgreeingFact(_ kind: Fact.Kind, version v: Int, in context: CheckContext, skipping: Set<NodeKey>) -> (CheckContext.Row, Fact)? {
        for row in context.rows where context.present(row).count == context.versions.count && !skipping.contains(row.key) {
            func facts(_ version: Int) -> [Fact] { context.facts[version][row.members[version]!].filter { $0.kind == kind && !$0.spelled } }
            if let fact = facts(v).first(where: { fact in
                fact.text.unicodeScalars.contains(where: ScalarClass.isDigit)
                    && context.versions.indices.allSatisfy { other in facts(other).contains { $0.value == fact.value } }
            }) { return (row, fact) }
        }
        return nil
    }

    /// The digit to change in a fact's text: a date's year's last digit (a day changed could make
    /// no date, "31" → "32"), else the last digit.
    static func digitToChange(in text: [Unicode.Scalar], kind: Fact.Kind) -> Int {
        let digits = text.indices.filter { ScalarClass.isDigit(text[$0]) }
        if kind == .date, let year = digits.first(where: { i in i + 3 < text.count && (i...(i + 3)).allSatisfy { ScalarClass.isDigit(text[$0]) } }) {
            return year + 3
        }
        return digits.last!
    }

    /// The other digits of the same script, from the next one up.
    static func otherDigits(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        let zero = c.value - UInt32(ScalarClass.digitValue(c)!)
        return (1...9).map { Unicode.Scalar(zero + (c.value - zero + UInt32($0)) % 10)! }
    }

    /// The same finding, wherever its row falls (rows after an edit move by one), and whichever
    /// agreeing version it is told against (the odd version's side comes last).
    static func same(_ a: Finding, _ b: Finding) -> Bool {
        a.rule == b.rule && a.node == b.node && a.sides.last?.language == b.sides.last?.language
    }

    /// Removes the block (a line, with the blank line after it) that starts with `prefix`: the first, or the last one.
    static func removingBlock(startingWith prefixes: [String], last: Bool, from text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        let matches = lines.indices.filter { i in prefixes.contains { lines[i].hasPrefix($0) } }
        guard let index = last ? matches.last : matches.first else { return text }
        lines.remove(at: index)
        if index < lines.count, lines[index].isEmpty { lines.remove(at: index) }
        return lines.joined(separator: "\n")
    }
}
