import Foundation
import HexaglotModel
import HexaglotTestSupport
import XCTest

/// `hexaglot xliff import`: an unchanged file leaves the template byte-identical; a changed
/// translation rewrites that value alone; every broken file is a located error, exit 2, nothing written.
final class XLIFFImportTests: XCTestCase {
    static let template = "Templates/fr/cbd-wg2020-2-2.yaml"

    private func export(_ scratch: ScratchWorkspace, version: String) throws -> String {
        let path = scratch.path("cbd.zh-fr.\(version).xlf")
        let result = try runHexaglot(["xliff", "export", scratch.noteModel, "--source", "zh", "--target", "fr", "--version", version, "-o", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return path
    }

    private func importing(_ path: String, _ scratch: ScratchWorkspace) throws -> CommandResult {
        try runHexaglot(["xliff", "import", path, "--root", scratch.root])
    }

    func testAnUnchangedFileLeavesTheTemplateByteIdenticalAndLintClean() throws {
        for version in ["1.2", "2.1"] {
            let scratch = try ScratchWorkspace()
            let before = try scratch.read(Self.template)
            let result = try importing(try export(scratch, version: version), scratch)
            XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
            XCTAssertEqual(try scratch.read(Self.template), before, version)
            XCTAssertEqual(result.stdout, "", "lint found: \(result.stdout)")
        }
    }

    /// A changed translation is written in place of the old value; every other byte (comments,
    /// key order, the other values' styles) stays.
    func testAChangedTranslationRewritesThatValueAlone() throws {
        for version in ["1.2", "2.1"] {
            let scratch = try ScratchWorkspace()
            let path = try export(scratch, version: version)
            let xliff = try String(contentsOfFile: path, encoding: .utf8)
            let old = version == "1.2" ? "state=\"translated\">Communications</target>" : "<target>Communications</target>"
            XCTAssertEqual(xliff.components(separatedBy: old).count, 2)
            try xliff.replacingOccurrences(of: old, with: old.replacingOccurrences(of: "Communications", with: "Communications \"reçues\""))
                .write(toFile: path, atomically: true, encoding: .utf8)
            let before = try scratch.read(Self.template)
            let result = try importing(path, scratch)
            XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
            let expected = before.replacingOccurrences(of: "  submissions: Communications\n", with: "  submissions: Communications \"reçues\"\n")
            XCTAssertNotEqual(expected, before)
            XCTAssertEqual(try scratch.read(Self.template), expected, version)
        }
    }

    /// A key the target template lacks is added to its mapping, and the result lints clean.
    func testAMissingKeyIsAddedToItsMapping() throws {
        let scratch = try ScratchWorkspace()
        let original = try scratch.read(Self.template)
        try scratch.edit(Self.template, replacing: "  introduction: Introduction\n", with: "")
        let path = try export(scratch, version: "2.1")
        let xliff = try String(contentsOfFile: path, encoding: .utf8)
        try xliff.replacingOccurrences(of: "<segment state=\"initial\">\n        <source>导言</source>\n",
                                       with: "<segment state=\"translated\">\n        <source>导言</source>\n        <target>Introduction</target>\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try importing(path, scratch)
        XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
        let text = try scratch.read(Self.template)
        XCTAssertTrue(text.contains("  other-meetings: Consultations et réunions facilitées par les Parties et d'autres acteurs\n  introduction: \"Introduction\"\n"), text)
        XCTAssertEqual(text.replacingOccurrences(of: "  introduction: \"Introduction\"\n", with: ""),
                       original.replacingOccurrences(of: "  introduction: Introduction\n", with: ""))
    }
}

extension XLIFFImportTests {
    /// A language without a template for the document: import writes one, every key in the source's
    /// order, whose values are the translation's (here the English template's own, whose placeholders
    /// take modifiers the Chinese ones do not), and lint passes.
    func testImportWritesTheTemplateOfALanguageThatHasNone() throws {
        let scratch = try ScratchWorkspace()
        let path = scratch.path("cbd.zh-en.xlf")
        let export = try runHexaglot(["xliff", "export", Repo.noteModel, "--source", "zh", "--target", "en", "--version", "2.1", "-o", path])
        XCTAssertEqual(export.status, 0, export.stderr)
        let template = "Templates/en/cbd-wg2020-2-2.yaml"
        let original = try TemplateText(try scratch.read(template), file: template)
        try FileManager.default.removeItem(atPath: scratch.path(template))
        let result = try runHexaglot(["xliff", "import", path, "--root", scratch.root])
        XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
        XCTAssertEqual(result.stdout, "", "lint found: \(result.stdout)")
        let written = try TemplateText(try scratch.read(template), file: template)
        XCTAssertEqual(written.leaves.map(\.path), original.leaves.map(\.path))
        XCTAssertEqual(written.leaves.map(\.value), original.leaves.map(\.value))
    }
}
