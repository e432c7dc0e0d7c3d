import Foundation
import HexaglotInterchange
import HexaglotModel
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

final class XLIFFExportTests: XCTestCase {
    private func units(_ source: String = "zh", _ target: String = "fr", workspace: Workspace = Repo.workspace) throws -> TranslationUnits {
        try TranslationUnits(model: try workspace.loadModel(at: "\(workspace.root)/Documents/cbd-wg2020-2-2/note.yaml"),
                             source: source, target: target, workspace: workspace)
    }

    func testExportedXLIFFValidatesAgainstTheOASISSchemaOfItsVersion() throws {
        let units = try units()
        XCTAssertNil(try XMLLint.problems(units.xliff(.v1_2), schema: XMLLint.xliff12))
        XCTAssertNil(try XMLLint.problems(units.xliff(.v2_1), schema: XMLLint.xliff2))
    }

    func testTheSchemaCheckCanFail() throws {
        // A 1.2 unit without its <source> is invalid: the validation above is not vacuous.
        let broken = String(decoding: try units().xliff(.v1_2), as: UTF8.self)
            .replacingOccurrences(of: "<source xml:lang=\"zh\">导言</source>", with: "")
        XCTAssertNotNil(try XMLLint.problems(Array(broken.utf8), schema: XMLLint.xliff12))
    }

    func testOneUnitPerTemplateKeyInTheSourceTemplatesOrder() throws {
        let units = try units()
        let template = try TemplateText(try Workspace.readText(Repo.workspace.templatePath(language: "zh", document: "cbd-wg2020-2-2")), file: "zh")
        XCTAssertEqual(units.units.map(\.id), template.leaves.map(\.path))
        XCTAssertTrue(units.units.map(\.id).contains("paragraphs.support"))
        for version in XLIFFVersion.allCases {
            let file = try XLIFFFile(units.xliff(version), file: "x.xlf")
            XCTAssertEqual(file.units.map(\.id), units.units.map(\.id), version.rawValue)
            XCTAssertEqual(file.sourceLanguage, "zh")
            XCTAssertEqual(file.targetLanguage, "fr")
        }
    }

    /// Each code shows its value as the renderer writes it in that language: the French
    /// rendering's value for a date range, the Chinese one in the source.
    func testCodesShowTheRenderedValueInEachLanguage() throws {
        let file = try XLIFFFile(try units().xliff(.v2_1), file: "x.xlf")
        let unit = try XCTUnwrap(file.units.first { $0.id == "subItems.restoration-workshop" })
        for (language, pieces) in [("zh", unit.source), ("fr", try XCTUnwrap(unit.target))] {
            let rendered = try Repo.render(language)
            var values: [Value] = []
            for division in rendered.body { division.preorder { d, _ in values += d.content.values } }
            let expected = try XCTUnwrap(values.first { $0.id == "restoration-dates" }?.text)
            let code = pieces.compactMap { if case .code(let c) = $0, c.data == "{dateRange:restoration-dates}" { c } else { nil } }
            XCTAssertEqual(code.map(\.display), [expected], language)
        }
    }

    func testAKeyTheTargetLacksIsInitialWithoutATarget() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/fr/cbd-wg2020-2-2.yaml", replacing: "  introduction: Introduction\n", with: "")
        let units = try units(workspace: scratch.workspace)
        XCTAssertNil(units.units.first { $0.id == "sections.introduction" }?.target)
        let xliff = String(decoding: units.xliff(.v2_1), as: UTF8.self)
        XCTAssertTrue(xliff.contains("<segment state=\"initial\">\n        <source>导言</source>\n      </segment>"))
        XCTAssertNil(try XMLLint.problems(Array(xliff.utf8), schema: XMLLint.xliff2))
        XCTAssertNil(try XMLLint.problems(units.xliff(.v1_2), schema: XMLLint.xliff12))
    }

    func testTheLocalesSourcesAreNotes() throws {
        let units = try units()
        let unit = try XCTUnwrap(units.units.first { $0.id == "title" })
        let source = try XCTUnwrap(try Repo.workspace.loadLanguage("fr").terminology.terms["gbf"]?.source)
        XCTAssertTrue(unit.notes.contains("{term:gbf} (fr): \(source)"), "\(unit.notes)")
    }

    func testExportIsDeterministic() throws {
        XCTAssertEqual(try units().xliff(.v1_2), try units().xliff(.v1_2))
        XCTAssertEqual(try units().xliff(.v2_1), try units().xliff(.v2_1))
    }

    func testUnknownLanguageIsAUsageError() throws {
        XCTAssertThrowsError(try units("zh", "xx")) { error in
            XCTAssertEqual((error as? HexaglotError)?.exitCode, 2)
            XCTAssertTrue("\(error)".contains("unknown language 'xx'"), "\(error)")
        }
    }
}
