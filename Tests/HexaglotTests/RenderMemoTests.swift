import HexaglotModel
import HexaglotRender
import HexaglotTree
import HexaglotWriters
import XCTest

/// A language pack keeps the terms and names the renderer wrote, for every later
/// document: reuse must never change a rendering or hide a diagnostic.
final class RenderMemoTests: XCTestCase {
    func testRenderingsReusedFromThePackAreIdenticalInEveryLanguage() throws {
        let workspace = Repo.workspace
        let model = try workspace.loadModel(at: Repo.noteModel)
        for language in try workspace.languages() {
            let pack = try workspace.loadLanguage(language)
            let template = try workspace.loadTemplate(language: language, document: model.id)
            let first = try TextWriter().write(try Renderer(model: model, pack: pack, template: template).render())
            let again = try TextWriter().write(try Renderer(model: model, pack: pack, template: template).render())
            let fresh = try TextWriter().write(try Renderer(model: model, pack: try workspace.loadLanguage(language), template: template).render())
            XCTAssertEqual(again, first, language)
            XCTAssertEqual(fresh, first, language)
            XCTAssertNotNil(pack.renderings["term|cbd|name"] ?? pack.renderings["term|wg2020|name"], "\(language): terms were kept with the pack")
        }
    }

    func testAChangedPackStartsAfreshAndCopiesShareTheirRenderings() throws {
        var pack = try Repo.workspace.loadLanguage("en")
        let copy = pack
        copy.renderings["probe"] = [[.text("x")]]
        XCTAssertEqual(pack.renderings["probe"], [[.text("x")]])
        let terminology = pack.terminology
        pack.terminology = terminology  // any assignment of locale or terminology
        XCTAssertNil(pack.renderings["probe"])
        XCTAssertEqual(pack, copy, "the memo is not part of the pack's value")
    }

    func testADiagnosticIsReportedOnEveryRenderNotRememberedAway() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Locales/zh/terms.yaml", replacing: "gbf: \"{year:2020}年后全球生物多样性框架\"",
                         with: "gbf: \"{year:2020}年后全球生物多样性框架（{term:wg2020}）\"")
        let workspace = scratch.workspace
        let model = try workspace.loadModel(at: scratch.noteModel)
        let pack = try workspace.loadLanguage("zh")
        let template = try workspace.loadTemplate(language: "zh", document: model.id)
        for round in 1...2 {
            XCTAssertThrowsError(try Renderer(model: model, pack: pack, template: template).render(), "round \(round)") { error in
                XCTAssertTrue("\(error)".contains("cites itself through"), "round \(round): \(error)")
            }
        }
    }
}
