import Foundation
import HexaglotTestSupport
import XCTest

/// `hexaglot import` on the command line: the README's example, and what it refuses
/// (each an exit 2 with nothing written).
final class ImportCommandTests: XCTestCase {
    static var inputs: [String] {
        ["ar", "en", "es", "fr", "ru", "zh"].map { "\(Repo.root)/Tests/Fixtures/real/s-res-2209-2015/s-res-2209-2015.\($0).txt" }
    }

    /// The README's commands: import the six texts of S/RES/2209 (2015), render DOCX in every language, lint.
    func testTheReadmeExampleImportsRendersAndLints() throws {
        let scratch = try ImportTests.Scratch()
        let imported = try runHexaglot(["import"] + Self.inputs + ["--id", "s-res-2209-2015", "--root", scratch.root, "-o", "\(scratch.root)/check.txt"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stderr.contains("18 of 18 agreeing are typed values"), imported.stderr)
        let report = try String(contentsOfFile: "\(scratch.root)/check.txt", encoding: .utf8)
        XCTAssertTrue(report.contains("2013"), report)
        let out = "\(scratch.root)/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let rendered = try runHexaglot(["render", "\(scratch.root)/Documents/s-res-2209-2015/note.yaml", "--root", scratch.root,
                                        "--lang", "all", "--format", "docx", "-o", out])
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(),
                       ["ar", "en", "es", "fr", "ru", "zh"].map { "s-res-2209-2015.\($0).docx" })
        let lint = try runHexaglot(["lint", "--root", scratch.root])
        XCTAssertEqual(lint.status, 0, lint.stdout + lint.stderr)
    }

    /// Without --root, the workspace is the one the current folder is in (the folder itself included).
    func testTheWorkspaceIsTheCurrentFolders() throws {
        let scratch = try ImportTests.Scratch()
        try FileManager.default.createDirectory(atPath: "\(scratch.root)/Templates", withIntermediateDirectories: true)
        let result = try runHexaglot(["import"] + Self.inputs + ["--id", "here", "-o", "report.txt"], cwd: scratch.root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(scratch.root)/Documents/here/note.yaml"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(scratch.root)/Templates/ru/here.yaml"))
    }

    func testImportRefusesToOverwriteUnlessForced() throws {
        let scratch = try ImportTests.Scratch()
        let arguments = ["import"] + Self.inputs + ["--id", "res", "--root", scratch.root, "-o", "\(scratch.root)/check.txt"]
        XCTAssertEqual(try runHexaglot(arguments).status, 0)
        let model = "\(scratch.root)/Documents/res/note.yaml"
        try "# edited by hand\n".write(toFile: model, atomically: true, encoding: .utf8)
        let refused = try runHexaglot(arguments)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("refusing to overwrite") && refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: model, encoding: .utf8), "# edited by hand\n")
        let forced = try runHexaglot(arguments + ["--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: model, encoding: .utf8).hasPrefix("# res: imported by `hexaglot import`"))
    }

    /// Each bad use is one line naming what was expected, exit 2, and no file written (not even a temporary one).
    func testBadUsesWriteNothing() throws {
        let scratch = try ImportTests.Scratch()
        let en = Self.inputs[1], fr = Self.inputs[3]
        // A folder where a template must go: the model is written by then only if the writing is not all-or-nothing.
        try FileManager.default.createDirectory(atPath: "\(scratch.root)/Templates", withIntermediateDirectories: true)
        try "not a folder".write(toFile: "\(scratch.root)/Templates/zh", atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["import", en, "--id", "one", "--root", scratch.root], "at least two versions"),
            (["import", en, fr, "--id", "../escape", "--root", scratch.root], "a document id is"),
            (["import", en, fr, "--language", "\(fr)=en", "--id", "same", "--root", scratch.root], "are both in 'en'"),
            (["import"] + Self.inputs + ["--id", "blocked", "--root", scratch.root], "none written"),
        ]
        for (arguments, expected) in cases {
            let result = try runHexaglot(arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(expected), "expected '\(expected)' in: \(result.stderr)")
        }
        let left = try FileManager.default.subpathsOfDirectory(atPath: scratch.root).filter { !$0.hasPrefix("Locales") }
        XCTAssertEqual(left.sorted(), ["Templates", "Templates/zh"])
    }
}
