import Foundation
import HexaglotCheck
import HexaglotICU
import HexaglotImport
import HexaglotModel
import HexaglotReaders
import HexaglotRender
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// `hexaglot import` on every real document of the corpus (Tests/Fixtures/real)
/// and on the note (its official Chinese text and the five renderings): the
/// model and templates it writes render each version back as it was, pass
/// lint, hold the agreed facts as typed values, and a changed value changes
/// every language's rendering exactly where it is cited.
final class ImportTests: XCTestCase {
    /// A workspace with the repository's Locales/ and nothing else, removed when the test ends.
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-import-\(UUID().uuidString)").path
        var workspace: Workspace { Workspace(root: root) }
        init() throws {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(Repo.root)/Locales", toPath: "\(root)/Locales")
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    struct Imported {
        let name: String
        let scratch: Scratch
        let result: ImportResult
        /// Each version's text, by language.
        let inputs: [String: String]
        var model: String { "\(scratch.root)/Documents/\(result.id)/note.yaml" }
    }

    static let documents = RealDocuments.sets + ["note"]

    /// Each document is imported once for all the tests of the class (they only read what it wrote).
    nonisolated(unsafe) private static var imported: [String: Imported] = [:]

    static func importing(_ name: String) throws -> Imported {
        if let done = imported[name] { return done }
        let result = try importingAfresh(name)
        imported[name] = result
        return result
    }

    /// Imports one set (or the note) into a fresh workspace.
    static func importingAfresh(_ name: String) throws -> Imported {
        let scratch = try Scratch()
        var paths: [String]
        if name == "note" {
            let folder = "\(scratch.root)/inputs"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            paths = ["\(folder)/note.zh.txt"]
            try FileManager.default.copyItem(atPath: "\(Repo.root)/../shared/seeds/cbd-wg2020-2-2.zh.txt", toPath: paths[0])
            for language in ["ar", "en", "es", "fr", "ru"] {
                let path = "\(folder)/note.\(language).txt"
                try Repo.renderText(language).write(toFile: path, atomically: true, encoding: .utf8)
                paths.append(path)
            }
        } else {
            paths = try RealDocuments.files(name)
        }
        var inputs: [String: String] = [:]
        for path in paths {
            let language = try XCTUnwrap(LanguageTag.inFileName(URL(fileURLWithPath: path).lastPathComponent))
            inputs[language] = try String(contentsOfFile: path, encoding: .utf8)
        }
        let result = try DocumentImport(inputs: paths.map { CheckSession.Input(name: $0) }, id: "imported-\(name)",
                                        workspace: scratch.workspace).run()
        try result.write(to: scratch.workspace, force: false)
        return Imported(name: name, scratch: scratch, result: result, inputs: inputs)
    }

    static func render(_ imported: Imported, _ language: String, model: NoteModel? = nil) throws -> Document {
        let workspace = imported.scratch.workspace
        let model = try model ?? workspace.loadModel(at: imported.model)
        return try Renderer(model: model, pack: try workspace.loadLanguage(language),
                            template: try workspace.loadTemplate(language: language, document: model.id)).render()
    }

    // MARK: Round trip

    func testImportThenRenderGivesBackSDG() throws { try assertRoundTrip("sdg") }
    func testImportThenRenderGivesBackUDHR() throws { try assertRoundTrip("udhr") }
    func testImportThenRenderGivesBackSRes2209() throws { try assertRoundTrip("s-res-2209-2015") }
    func testImportThenRenderGivesBackERes2014_38() throws { try assertRoundTrip("e-res-2014-38") }
    func testImportThenRenderGivesBackS2015_10Add5() throws { try assertRoundTrip("s-2015-10-add-5") }
    func testImportThenRenderGivesBackTheNote() throws { try assertRoundTrip("note") }

    /// A set added to the corpus needs its two tests here (round trip, changed value).
    func testEveryDocumentOfTheCorpusHasItsTests() {
        XCTAssertEqual(Self.documents, ["sdg", "udhr", "s-res-2209-2015", "e-res-2014-38", "s-2015-10-add-5", "note"])
    }

    func assertRoundTrip(_ name: String) throws {
        let imported = try Self.importing(name)
        XCTAssertGreaterThanOrEqual(imported.inputs.count, 5, name)
        for (language, text) in imported.inputs.sorted(by: { $0.key < $1.key }) {
            let rendered = String(decoding: try TextWriter().write(try Self.render(imported, language)), as: UTF8.self)
            try OfficialText.assertSameLines(rendered, text, "\(name) \(language), rendered against the official text")
        }
    }

    func testLintPassesOnWhatImportWrote() throws {
        for name in Self.documents {
            let imported = try Self.importing(name)
            let findings = try TemplateLinter(workspace: imported.scratch.workspace).lint()
            XCTAssertEqual(findings.map(\.description), [], name)
        }
    }

    /// At least 95 % of the facts that every version states become typed values (the
    /// others are left as written where no style of the renderer writes them as the text does).
    func testAgreeingFactsBecomeTypedValues() throws {
        for name in Self.documents {
            let s = try Self.importing(name).result.statistics
            print("import \(name): \(s.typed) of \(s.agreeing) agreeing facts typed, \(s.disagreeing) disagreeing, \(s.verbatim) verbatim, \(s.terms) terms, \(s.writtenLabels) labels written out; untyped: \(s.untyped.map(\.description).joined(separator: "; "))")
            XCTAssertGreaterThan(s.agreeing, 0, name)
            XCTAssertGreaterThanOrEqual(Double(s.typed), 0.95 * Double(s.agreeing), "\(name): \(s.typed) of \(s.agreeing) agreeing facts typed")
        }
    }

    /// The note's list of the States that supported the consultations is one value in every
    /// language (French in its "du/de la" form, Arabic with "و" joined to each name), in the
    /// order of the Chinese text, which keeps the model's order: the list the note's own model has.
    func testTheNotesListOfStatesIsOneTypedValue() throws {
        let imported = try Self.importing("note")
        XCTAssertEqual(imported.result.statistics.stateLists, 6)
        XCTAssertEqual(imported.result.statistics.typedStateLists, 6)
        let model = try imported.scratch.workspace.loadModel(at: imported.model)
        let original = try Repo.workspace.loadModel(at: Repo.noteModel)
        let lists = model.values.filter { if case .states = $0.data { true } else { false } }
        XCTAssertEqual(lists.map(\.data), original.values.filter { $0.id == "supporting-states" }.map(\.data))
        let french = try imported.scratch.workspace.loadTemplate(language: "fr", document: model.id)
        XCTAssertTrue(french.body.values.contains { $0.prose.source.contains("{states:\(lists[0].id)|deArticle}") })
    }

    /// Documents/s-res-2209-2015 is the import of the six official texts of S/RES/2209 (2015),
    /// committed: importing them again writes the same bytes (import is deterministic, and a
    /// change to import shows here as a diff to review).
    func testTheCommittedImportOfSRes2209IsWhatImportWrites() throws {
        let paths = ["en", "ar", "es", "fr", "ru", "zh"].map { "\(Repo.root)/Tests/Fixtures/real/s-res-2209-2015/s-res-2209-2015.\($0).txt" }
        let result = try DocumentImport(inputs: paths.map { CheckSession.Input(name: $0) }, id: "s-res-2209-2015",
                                        workspace: Repo.workspace).run()
        for (path, text) in result.files {
            XCTAssertEqual(try String(contentsOfFile: "\(Repo.root)/\(path)", encoding: .utf8), text, path)
        }
    }

    /// What disagrees is left as written and is what the checker reports.
    func testDisagreementsAreTheCheckersFindings() throws {
        let imported = try Self.importing("s-res-2209-2015")
        XCTAssertEqual(imported.result.statistics.disagreeing, 2)
        XCTAssertEqual(imported.result.report.findings.map(\.rule), ["facts.numbers", "facts.numbers"].map { _ in imported.result.report.findings[0].rule })
        let french = try imported.scratch.workspace.loadTemplate(language: "fr", document: imported.result.id)
        XCTAssertTrue(french.body.values.contains { $0.prose.source.contains("({verbatim:2013})") })
    }

    /// Import reads every format: the DOCX, HTML and Markdown renderings of an imported
    /// document import to the same model and templates as its official texts did.
    func testEveryFormatImportsToTheSameModelAndTemplates() throws {
        for name in ["s-res-2209-2015", "note"] {
            let imported = try Self.importing(name)
            let languages = imported.inputs.keys.sorted { a, b in (a == "zh" ? 0 : 1, a) < (b == "zh" ? 0 : 1, b) }
            for format in [DocumentFormat.docx, .html, .markdown] {
                let again = try Scratch()
                var paths: [String] = []
                for language in languages {
                    let path = "\(again.root)/\(name).\(language).\(format.fileExtension)"
                    let bytes = try format.writer.write(try Self.render(imported, language))
                    try Data(bytes).write(to: URL(fileURLWithPath: path))
                    paths.append(path)
                }
                let reference = name == "note" ? paths[0] : nil
                let result = try DocumentImport(inputs: paths.map { CheckSession.Input(name: $0) }, id: imported.result.id,
                                                workspace: again.workspace, reference: reference).run()
                func body(_ text: String) -> String { text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }.joined(separator: "\n") }
                XCTAssertEqual(body(result.model), body(imported.result.model), "\(name) from \(format)")
                for (language, template) in imported.result.templates {
                    XCTAssertEqual(body(result.templates[language] ?? ""), body(template), "\(name) \(language) from \(format)")
                }
            }
        }
    }

    // MARK: Metamorphic

    /// Changing one date or number of an imported model changes, in every language,
    /// exactly the parts whose prose cites it, each now holding the new value as that language writes it.
    func testChangingAValueInSDG() throws { try assertChangingAValue("sdg") }
    func testChangingAValueInUDHR() throws { try assertChangingAValue("udhr") }
    func testChangingAValueInSRes2209() throws { try assertChangingAValue("s-res-2209-2015") }
    func testChangingAValueInERes2014_38() throws { try assertChangingAValue("e-res-2014-38") }
    func testChangingAValueInS2015_10Add5() throws { try assertChangingAValue("s-2015-10-add-5") }
    func testChangingAValueInTheNote() throws { try assertChangingAValue("note") }

    func assertChangingAValue(_ name: String) throws {
        let imported = try Self.importing(name)
        let workspace = imported.scratch.workspace
        let model = try workspace.loadModel(at: imported.model)
        guard let (value, changed) = model.values.lazy.compactMap({ v in Self.changed(v.data).map { (v, $0) } }).first else {
            XCTFail("\(name): no date or number to change"); return
        }
        var edited = model
        edited.values = model.values.map { $0.id == value.id ? ModelValue(id: value.id, data: changed) : $0 }
        var citing = 0
        for language in imported.inputs.keys.sorted() {
            let template = try workspace.loadTemplate(language: language, document: model.id)
            let before = Self.parts(try Self.render(imported, language), model: model, template: template)
            let after = Self.parts(try Self.render(imported, language, model: edited), model: model, template: template)
            let cites = Self.citingSlots(template, valueId: value.id)
            citing += cites.count
            let differing = Set(before.keys.filter { before[$0] != after[$0] })
            XCTAssertEqual(differing, cites, "\(name) \(language): the parts that changed are those that cite \(value.id)")
            let probe = LanguageProbe(pack: try workspace.loadLanguage(language))
            for slot in cites {
                let modifiers = Self.modifiers(in: template, slot: slot, valueId: value.id)
                let written = try XCTUnwrap(probe.text(of: changed, modifiers: modifiers))
                XCTAssertTrue(after[slot]?.contains(written) == true, "\(name) \(language) \(slot): expected \(written) in \(after[slot] ?? "")")
            }
        }
        XCTAssertGreaterThan(citing, 0, "\(name): \(value.id) is cited nowhere")
    }

    static func changed(_ data: ValueData) -> ValueData? {
        switch data {
        case .date(.day(let d)): CivilDate(year: d.year, month: d.month, day: d.day == 28 ? 27 : d.day + 1).map { .date(.day($0)) }
        case .date(.month(let y, let m)): .date(.month(year: y, month: m == 12 ? 11 : m + 1))
        case .year(let y): .year(y + 1)
        case .number(let n): .number(n + 1)
        default: nil
        }
    }

    /// The plain text of each part of a rendering, keyed as the template keys its prose.
    static func parts(_ document: Document, model: NoteModel, template: DocumentTemplate) -> [String: String] {
        var result = ["title": document.title.content.plainText]
        var masthead = document.masthead.makeIterator()
        for line in model.header where !template.isAbsent(.header, line.id) {
            switch line.place {
            case .masthead: result["header.\(line.id)"] = masthead.next()?.content.plainText
            case .author: result["header.\(line.id)"] = document.author.content.plainText
            }
        }
        for division in document.allDivisions {
            guard let id = division.id else { continue }
            result["body.\(id)"] = division.content.plainText
            if !division.heading.isEmpty { result["headings.\(id)"] = division.heading.plainText }
        }
        for footnote in document.footnotes { result["footnotes.\(footnote.id ?? "")"] = footnote.content.plainText }
        return result
    }

    static func citingSlots(_ template: DocumentTemplate, valueId: String) -> Set<String> {
        var tables: [(String, [String: LocatedProse])] = [("header", template.header), ("body", template.body),
                                                          ("headings", template.headings), ("footnotes", template.footnotes)]
        tables.append(("", ["title": template.title]))
        var result: Set<String> = []
        for (table, entries) in tables {
            for (key, prose) in entries where prose.prose.placeholders.contains(where: { $0.ref == valueId }) {
                result.insert(table.isEmpty ? key : "\(table).\(key)")
            }
        }
        return result
    }

    static func modifiers(in template: DocumentTemplate, slot: String, valueId: String) -> [String] {
        let prose: LocatedProse? = switch slot.split(separator: ".", maxSplits: 1).first {
        case "header": template.header[String(slot.dropFirst(7))]
        case "body": template.body[String(slot.dropFirst(5))]
        case "headings": template.headings[String(slot.dropFirst(9))]
        case "footnotes": template.footnotes[String(slot.dropFirst(10))]
        default: template.title
        }
        return prose?.prose.placeholders.first { $0.ref == valueId }?.modifiers ?? []
    }
}
