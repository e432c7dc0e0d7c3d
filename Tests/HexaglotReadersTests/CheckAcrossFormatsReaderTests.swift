import Foundation
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// `hexaglot check` over renderings in different formats: every reader gives
/// the checker the text the renderer wrote, so clean renderings agree.
final class CheckAcrossFormatsReaderTests: XCTestCase {
    func render(into folder: String) throws {
        for format in ["text", "markdown", "html", "docx"] {
            let result = try runHexaglot(["render", Repo.noteModel, "--lang", "all", "--format", format, "-o", folder])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
    }

    func testCleanRenderingsInMixedFormatsGiveNoFindings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-readers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try render(into: folder)
        let mixes = [
            ["zh.txt", "en.md", "ar.html", "fr.docx", "es.md", "ru.html"],
            ["en.docx", "zh.html", "ar.md", "fr.txt", "es.docx", "ru.docx"],
            ["ar.docx", "ar.html", "ar.md", "ar.txt"],
        ]
        for mix in mixes {
            let files = mix.map { "\(folder)/cbd-wg2020-2-2.\($0)" }
            let result = try runHexaglot(["check"] + files, cwd: Repo.root)
            XCTAssertEqual(result.status, 0, "\(mix): \(result.stdout)\(result.stderr)")
            XCTAssertTrue(result.stdout.contains("\(mix.count) files checked: 0 errors, 0 warnings"), result.stdout)
        }
    }

    func testAFootnoteMovedInOneFormatIsFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-readers-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try render(into: folder)
        // Move footnote 2's call from paragraph 1 to paragraph 2 in the English Markdown.
        let path = "\(folder)/cbd-wg2020-2-2.en.md"
        var markdown = try String(contentsOfFile: path, encoding: .utf8)
        markdown = markdown.replacingOccurrences(of: "Framework.[^2]", with: "Framework.")
            .replacingOccurrences(of: "and UN-Women.", with: "and UN-Women.[^2]")
        try markdown.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runHexaglot(["check", "\(folder)/cbd-wg2020-2-2.fr.docx", path], cwd: Repo.root)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("footnote 2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("cbd-wg2020-2-2.en.md:"), result.stdout)
    }

    func testAnUnreadableDOCXIsALocatedUsageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-readers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bad = "\(folder)/broken.docx"
        try Data("PK not really".utf8).write(to: URL(fileURLWithPath: bad))
        try Data("1. text\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/ok.txt"))
        let result = try runHexaglot(["check", "\(folder)/ok.txt", bad], cwd: Repo.root)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("\(bad): error: not a readable ZIP archive"), result.stderr)
        XCTAssertEqual(DocumentFormat.forFile("x.HTM"), .html)
        XCTAssertEqual(DocumentFormat.forFile("x.markdown"), .markdown)
        XCTAssertEqual(DocumentFormat.forFile("x.docx"), .docx)
    }
}
