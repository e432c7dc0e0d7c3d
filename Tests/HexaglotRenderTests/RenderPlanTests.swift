import HexaglotModel
@testable import HexaglotRender
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// A Renderer renders its template's proses once and walks them after (`RenderPlans`):
/// every later rendering must be the first one, footnote numbers included, and a problem
/// must be found every time, never planned away.
final class RenderPlanTests: XCTestCase {
    func testEveryRenderingOfARendererIsItsFirstInEveryDocumentAndLanguage() throws {
        let workspace = Repo.workspace
        let models = try FileManager.default.contentsOfDirectory(atPath: Repo.root + "/Documents").sorted()
        XCTAssertGreaterThanOrEqual(models.count, 3, "both notes (sections, masthead) and a resolution (body, headings)")
        for id in models {
            let model = try workspace.loadModel(at: "\(Repo.root)/Documents/\(id)/note.yaml")
            for language in try workspace.languages() {
                let renderer = try Renderer(model: model, language: language, workspace: workspace)
                let first = try renderer.render()
                XCTAssertFalse(first.body.isEmpty, "\(id).\(language)")
                for round in 2...3 {
                    XCTAssertEqual(try renderer.render(), first, "\(id).\(language), rendering \(round)")
                }
                XCTAssertEqual(try Renderer(model: model, language: language, workspace: workspace).render(), first,
                               "\(id).\(language): a new Renderer")
            }
        }
    }

    func testFootnoteMarkersAreNumberedByFirstCitationInAWalkedRendering() throws {
        let renderer = try Renderer(model: try Repo.workspace.loadModel(at: Repo.noteModel), language: "fr", workspace: Repo.workspace)
        _ = try renderer.render()
        let walked = try renderer.render()
        var inlines = walked.masthead.flatMap(\.content) + walked.title.content + walked.author.content
        for division in walked.body { division.preorder { node, _ in inlines += node.heading + node.content } }
        var firstCitations: [Int] = []
        for number in inlines.footnoteRefs.map(\.number) where !firstCitations.contains(number) { firstCitations.append(number) }
        XCTAssertGreaterThan(walked.footnotes.count, 1)
        XCTAssertEqual(firstCitations, Array(1...walked.footnotes.count))
    }

    func testAProblemIsFoundOnEveryRenderingOfTheSameRenderer() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/en/cbd-wg2020-2-2.yaml", replacing: "See {symbols:session-agendas}.",
                         with: "See {symbols:session-agendas} and {date:no-such-value}.")
        let workspace = scratch.workspace
        let renderer = try Renderer(model: try workspace.loadModel(at: scratch.noteModel), language: "en", workspace: workspace)
        for round in 1...3 {
            let found = renderer.diagnose()
            XCTAssertEqual(found.map(\.rule), [.unknownKey], "round \(round): \(found)")
            XCTAssertThrowsError(try renderer.render(), "round \(round)") { error in
                XCTAssertTrue("\(error)".contains("no-such-value"), "round \(round): \(error)")
            }
        }
    }
}
