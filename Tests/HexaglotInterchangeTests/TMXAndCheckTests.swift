import Foundation
import HexaglotCheck
import HexaglotInterchange
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// `hexaglot tmx` (aligned as check aligns), `check` reading XLIFF as two versions, and the XLIFF writer.
final class TMXAndCheckTests: XCTestCase {
    private func renderings(_ languages: [String], in folder: String) throws -> [String] {
        try languages.map { language in
            let path = "\(folder)/cbd-wg2020-2-2.\(language).txt"
            let result = try runHexaglot(["render", Repo.noteModel, "--lang", language, "--format", "text", "-o", path])
            XCTAssertEqual(result.status, 0, result.stderr)
            return path
        }
    }

    /// One TU per row of the alignment two or more versions share, a TUV per version, each the node's text.
    func testTMXHasOneUnitPerAlignedNodeAndValidatesAgainstTheDTD() throws {
        let scratch = try ScratchWorkspace()
        let files = try renderings(["zh", "fr", "en"], in: scratch.root)
        let path = scratch.path("cbd.tmx")
        let result = try runHexaglot(["tmx"] + files + ["-o", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertNil(try XMLLint.problems(bytes, schema: XMLLint.tmx))

        let context = try CheckSession(inputs: files.map { CheckSession.Input(name: $0) }, locales: .init(workspace: Repo.workspace)).outcome().context
        let shared = context.rows.filter { row in context.present(row).filter { !(context.node(row, $0)?.text.isEmpty ?? true) }.count >= 2 }
        let tree = try HexaglotReaders.XMLTree(bytes, file: path)
        let units = tree.descendants(0, "tu")
        XCTAssertEqual(units.count, shared.count)
        XCTAssertGreaterThan(units.count, 40)
        // The title row: its three variants are the three renderings' titles.
        let titles = try files.map { String(decoding: try Data(contentsOf: URL(fileURLWithPath: $0)), as: UTF8.self) }
        let title = try XCTUnwrap(units.first { tree[$0].attributes["tuid"] == "title" })
        let variants = tree.children(title, "tuv")
        XCTAssertEqual(variants.map { tree[$0].attributes["xml:lang"] }, ["zh", "fr", "en"])
        for (variant, text) in zip(variants, titles) {
            let seg = tree.text(variant).trimmingCharacters(in: .whitespaces)
            XCTAssertFalse(seg.isEmpty)
            XCTAssertTrue(text.contains(seg), seg)
        }
    }

    /// Units of the templates themselves: placeholders as `<ph>` whose `x` pairs a French code with the
    /// Chinese one citing the same name (the title cites its three in the opposite order), or as OmegaT's shortcuts.
    func testTMXOfTemplatesPairsPlaceholdersAndValidatesInBothCodeForms() throws {
        let scratch = try ScratchWorkspace()
        for codes in ["ph", "omegat"] {
            let path = scratch.path("cbd.\(codes).tmx")
            let result = try runHexaglot(["tmx", Repo.noteModel, "--source", "zh", "--target", "fr", "--codes", codes, "-o", path])
            XCTAssertEqual(result.status, 0, result.stderr)
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertNil(try XMLLint.problems(bytes, schema: XMLLint.tmx))
            let tree = try HexaglotReaders.XMLTree(bytes, file: path)
            let title = try XCTUnwrap(tree.descendants(0, "tu").first { tree[$0].attributes["tuid"] == "cbd-wg2020-2-2:title" })
            let variants = tree.children(title, "tuv")
            XCTAssertEqual(variants.map { tree[$0].attributes["xml:lang"] }, ["zh", "fr"])
            let french = variants[1]
            if codes == "ph" {
                let ph = tree.descendants(french, "ph")
                XCTAssertEqual(ph.map { tree[$0].attributes["x"] }, ["3", "2", "1"])
                XCTAssertEqual(ph.map { tree.text($0) }, ["{term:gbf}", "{ordinal:wg-meeting-1}", "{term:working-group}"])
            } else {
                XCTAssertEqual(tree[tree.children(0, "header")[0]].attributes["creationtool"], "OmegaT")
                XCTAssertTrue(tree.text(variants[0]).hasPrefix("<t0/>第<o1/>次会议"), tree.text(variants[0]))
                XCTAssertTrue(tree.text(french).hasSuffix("du <t2/> depuis la <o1/> réunion du <t0/>"), tree.text(french))
            }
        }
    }

    func testTMXNeedsTwoVersions() throws {
        let scratch = try ScratchWorkspace()
        let files = try renderings(["zh"], in: scratch.root)
        let result = try runHexaglot(["tmx"] + files)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("give at least two versions"), result.stderr)
    }

    /// A bilingual XLIFF file is two versions: its source (zh) and target (fr), which agree.
    func testCheckReadsAnXLIFFFileAsItsSourceAndTarget() throws {
        for version in ["1.2", "2.1"] {
            let scratch = try ScratchWorkspace()
            let path = scratch.path("cbd.xlf")
            let export = try runHexaglot(["xliff", "export", scratch.noteModel, "--source", "zh", "--target", "fr", "--version", version, "-o", path])
            XCTAssertEqual(export.status, 0, export.stderr)
            let report = try CheckSession(inputs: [.init(name: path)], locales: .init(workspace: Repo.workspace)).run()
            XCTAssertEqual(report.inputs.map(\.file), ["\(path)#source", "\(path)#target"])
            XCTAssertEqual(report.inputs.map(\.language), ["zh", "fr"])
            XCTAssertEqual(report.findings.map(\.message), [], version)

            // A footnote dropped from the translation is found.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let code = version == "1.2" ? "<ph id=\"8\" ctype=\"x-footnote\" equiv-text=\"[2]\">{footnote:webpage}</ph>.</target>"
                                        : "<ph id=\"8\" dataRef=\"d8\" type=\"other\" subType=\"x-hexaglot:footnote\" disp=\"[2]\" equiv=\"[2]\"/>.</target>"
            XCTAssertEqual(text.components(separatedBy: code).count, 2, version)
            try text.replacingOccurrences(of: code, with: ".</target>").write(toFile: path, atomically: true, encoding: .utf8)
            let broken = try CheckSession(inputs: [.init(name: path)], locales: .init(workspace: Repo.workspace)).run()
            XCTAssertTrue(broken.findings.contains { $0.rule.hasPrefix("footnotes") }, "\(broken.findings.map(\.message))")
        }
    }

    /// `render --format xliff`: one unit per block (masthead lines too, which cite the agenda footnote), valid XLIFF 2.1, read back with the same footnotes.
    func testTheXLIFFWriterWritesValidXLIFFThatReadsBack() throws {
        let document = try Repo.render("fr")
        let bytes = try DocumentFormat.xliff.writer.write(document)
        XCTAssertNil(try XMLLint.problems(bytes, schema: XMLLint.xliff2))
        let read = try XLIFFReader().read(bytes, file: "x.xlf")
        XCTAssertEqual(read.language, "fr")
        XCTAssertEqual(read.footnotes.map(\.content.plainText), document.footnotes.map(\.content.plainText))
        XCTAssertEqual(read.title.content.plainText, document.title.content.plainText)
        XCTAssertEqual(read.masthead.map(\.role), document.masthead.map(\.role))
        var blocks = 0
        for division in document.body { division.preorder { _, _ in blocks += 1 } }
        XCTAssertEqual(read.body.count, blocks)
    }
}
