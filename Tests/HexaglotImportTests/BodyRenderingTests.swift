import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The renderer on a document without a meeting: divisions of any kind, each
/// labelled in each language by the locale's pattern for its numbering (or
/// the template's own), lines a version lacks left out, and located errors.
final class BodyRenderingTests: XCTestCase {
    static let model = """
        id: treaty
        values:
          signed: {date: "1948-12-10"}
        header:
          - {id: place, place: venue}
        body:
          - id: preamble
            kind: preamble
          - id: art-1
            kind: article
            number: [1]
            numbering: article
            children:
              - {id: art-1-p1, kind: paragraph, number: [1], numbering: paragraph}
              - {id: art-1-p2, kind: paragraph, number: [2], numbering: paragraph}
          - id: art-24
            kind: article
            number: [24]
            numbering: article
        """

    static func template(_ language: String, extra: String = "") -> String {
        """
        title: "T"
        header:
          place: "{date:signed}"
        headings:
          art-24: "H"
        body:
          preamble: "P"
          art-1: ""
          art-1-p1: "A"
          art-1-p2: ~
          art-24: "{verbatim:2013}"
        \(extra)
        """
    }

    func render(_ language: String, model: String = model, template: String? = nil) throws -> (Document?, [Diagnostic]) {
        let pack = try Repo.workspace.loadLanguage(language)
        let renderer = Renderer(model: try NoteModel.decode(yaml: model, file: "note.yaml"), pack: pack,
                                template: try DocumentTemplate.decode(yaml: template ?? Self.template(language), file: "t.yaml"))
        return (try? renderer.render(), renderer.diagnose())
    }

    func testLabelsComeFromEachLocaleAndLinesALanguageLacksAreLeftOut() throws {
        let expected = ["en": ["", "Article 1", "1.", "Article 24"], "ru": ["", "Статья 1", "1.", "Статья 24"],
                        "zh": ["", "第一条", "1.", "第二十四条"], "es": ["", "Artículo 1", "1.", "Artículo 24"]]
        for (language, labels) in expected.sorted(by: { $0.key < $1.key }) {
            let (document, diagnostics) = try render(language)
            XCTAssertEqual(diagnostics, [], language)
            let divisions = try XCTUnwrap(document).allDivisions
            XCTAssertEqual(divisions.map(\.label), labels, language)
            XCTAssertEqual(divisions.map(\.id), ["preamble", "art-1", "art-1-p1", "art-24"], language)
            XCTAssertEqual(divisions.last?.heading.plainText, "H")
            XCTAssertEqual(divisions.last?.content.plainText, "2013")
            XCTAssertEqual(divisions.last?.number, DivisionNumber(path: [24], scheme: language == "zh" ? .word : .decimal,
                                                                   style: language == "zh" ? "第#条" : labels[1].replacingOccurrences(of: "1", with: "#")))
            XCTAssertEqual(try XCTUnwrap(document).masthead.map { $0.content.plainText }.count, 1)
        }
    }

    func testTheTemplatesPatternAndWrittenLabelsWin() throws {
        let (document, diagnostics) = try render("fr", template: Self.template("fr", extra: """
            numbering:
              paragraph: "({n|letters})"
            labels:
              art-1: "Article premier"
            """))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(document).allDivisions.map(\.label), ["", "Article premier", "(a)", "Article 24"])
    }

    func testProblemsAreLocated() throws {
        let noPattern = Self.model.replacingOccurrences(of: "numbering: article", with: "numbering: clause")
        let (_, missing) = try render("en", model: noPattern)
        XCTAssertTrue(missing.contains { $0.message.contains("no label pattern 'clause'") }, "\(missing)")
        let (_, extra) = try render("en", template: Self.template("en", extra: "labels:\n  nowhere: \"X\""))
        XCTAssertEqual(extra.map(\.description), ["t.yaml:13:3: error: extra key 'labels.nowhere' in the template: the model note.yaml has no such division [extra-key]"])
        let (_, badStyle) = try render("en", template: Self.template("en", extra: "numbering:\n  article: \"Art. {n|nonesuch}\""))
        XCTAssertTrue(badStyle.contains { $0.message.contains("unknown label style 'nonesuch'") }, "\(badStyle)")
        XCTAssertThrowsError(try NoteModel.decode(yaml: "meeting:\n  body: wg2020\n  session: 2\n  venue: {city: rome}\n  dates: 2020-02-24/2020-02-29\n" + Self.model, file: "m.yaml")) {
            XCTAssertTrue("\($0)".contains("not both"), "\($0)")
        }
        XCTAssertThrowsError(try NoteModel.decode(yaml: Self.model.replacingOccurrences(of: "    number: [24]\n", with: ""), file: "m.yaml")) {
            XCTAssertTrue("\($0)".contains("'art-24' has a numbering but no number"), "\($0)")
        }
        XCTAssertThrowsError(try DocumentTemplate.decode(yaml: Self.template("en", extra: "numbering:\n  article: \"Article\""), file: "t.yaml")) {
            XCTAssertTrue("\($0)".hasPrefix("t.yaml:13:13: error: a label pattern must hold the number"), "\($0)")
        }
    }

    /// Lint reads headings as it reads every other prose: a literal fact there is reported.
    func testLintReadsHeadings() throws {
        let scratch = try ImportTests.Scratch()
        try FileManager.default.createDirectory(atPath: "\(scratch.root)/Documents/treaty", withIntermediateDirectories: true)
        try Self.model.write(toFile: "\(scratch.root)/Documents/treaty/note.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: "\(scratch.root)/Templates/en", withIntermediateDirectories: true)
        try Self.template("en").replacingOccurrences(of: "art-24: \"H\"", with: "art-24: \"Entry into force in 1976\"")
            .write(toFile: "\(scratch.root)/Templates/en/treaty.yaml", atomically: true, encoding: .utf8)
        let findings = try TemplateLinter(workspace: scratch.workspace).lint().map(\.description)
        XCTAssertEqual(findings.filter { $0.contains("treaty.yaml") }, [
            "\(scratch.root)/Templates/en/treaty.yaml:5:32: error: literal number '1976' in prose; cite it from the model with a typed placeholder [literal-value]",
        ])
    }
}
