import HexaglotModel
@testable import HexaglotRender
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The renderer keeps the terms and names it wrote with a language pack, for every later
/// document: reuse must never change a rendering or hide a diagnostic.
final class RenderMemoTests: XCTestCase {
    private let probe = RenderMemo.Key(table: "terms", key: "probe", form: "name")

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
            let memo = RenderMemo.shared.renderings(for: pack)
            XCTAssertNotNil(memo[.init(table: "terms", key: "cbd", form: "name")] ?? memo[.init(table: "terms", key: "wg2020", form: "name")],
                            "\(language): terms were kept for the pack")
        }
    }

    func testAChangedPackStartsAfreshAndCopiesShareTheirRenderings() throws {
        let memo = RenderMemo.shared
        var pack = try Repo.workspace.loadLanguage("en")
        let copy = pack
        memo.renderings(for: copy)[probe] = [[.text("x")]]
        XCTAssertEqual(memo.renderings(for: pack)[probe], [[.text("x")]])
        let terminology = pack.terminology
        pack.terminology = terminology  // any assignment of locale or terminology
        XCTAssertNil(memo.renderings(for: pack)[probe])
        XCTAssertEqual(pack, copy, "the memo is not part of the pack's value")
    }

    func testTheMemoKeepsOnlyThePacksMostRecentlyRenderedWith() throws {
        let memo = RenderMemo(limit: 2)
        var packs = [try Repo.workspace.loadLanguage("en")]
        for _ in 1...2 {
            var changed = packs[packs.count - 1]
            let locale = changed.locale
            changed.locale = locale  // a new identity, as a changed pack has
            packs.append(changed)
        }
        memo.renderings(for: packs[0])[probe] = [[.text("0")]]
        memo.renderings(for: packs[1])[probe] = [[.text("1")]]
        XCTAssertEqual(memo.renderings(for: packs[0])[probe], [[.text("0")]], "read last: the most recently used")
        memo.renderings(for: packs[2])[probe] = [[.text("2")]]
        XCTAssertEqual(memo.count, 2)
        XCTAssertNil(memo.renderings(for: packs[1])[probe], "the least recently used pack was dropped")
        XCTAssertEqual(memo.renderings(for: packs[2])[probe], [[.text("2")]])
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
