import Foundation
import HexaglotTestSupport
import XCTest

/// Hostile models, locales and templates given to `hexaglot render`: refused
/// with one located line and exit code 2, and no output file left behind.
final class HostileWorkspaceTests: XCTestCase {
    private func render(_ scratch: ScratchWorkspace) throws -> CommandResult {
        try runHexaglot(["render", scratch.noteModel, "--lang", "zh", "--format", "text", "-o", scratch.path("out.txt")])
    }

    private func assertRenderRefused(_ scratch: ScratchWorkspace, at location: String, expecting fragment: String,
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try render(scratch)
        XCTAssertEqual(result.status, 2, "exit code; stderr: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("\(scratch.path(location))"), "expected \(location) first in: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), "expected '\(fragment)' in: \(result.stderr)", file: file, line: line)
        XCTAssertFalse(result.stderr.contains("Fatal error"), file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("out.txt")), "no output left behind", file: file, line: line)
    }

    func testTermsThatCiteEachOtherAreRefusedNotExpandedForever() throws {
        let scratch = try ScratchWorkspace()
        // wg2020's name already cites gbf; make gbf cite wg2020 back.
        try scratch.edit("Locales/zh/terms.yaml", replacing: "gbf: \"{year:2020}年后全球生物多样性框架\"",
                         with: "gbf: \"{year:2020}年后全球生物多样性框架（{term:wg2020}）\"")
        let line = try XCTUnwrap(try scratch.read("Locales/zh/terms.yaml").split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("gbf:") }) + 1
        try assertRenderRefused(scratch, at: "Locales/zh/terms.yaml:\(line):", expecting: "cites itself through: wg2020 → gbf → wg2020")
    }

    func testYAMLAliasesAreRefusedAtTheFirstAlias() throws {
        // "Billion laughs" in YAML: nine levels of nine aliases, then one used as a mapping key.
        let scratch = try ScratchWorkspace()
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let name = String(UnicodeScalar(UInt8(97 + level))), previous = String(UnicodeScalar(UInt8(96 + level)))
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "title: {? *i : laughs}\n"
        try scratch.write("Templates/zh/cbd-wg2020-2-2.yaml", yaml)
        try assertRenderRefused(scratch, at: "Templates/zh/cbd-wg2020-2-2.yaml:2:8", expecting: "YAML alias '*a': aliases are not allowed")
    }

    func testModelOverTheSizeCapIsRefusedUnread() throws {
        let scratch = try ScratchWorkspace()
        try pad(scratch.path("Documents/cbd-wg2020-2-2/note.yaml"), to: 32 * 1024 * 1024 + 1)
        try assertRenderRefused(scratch, at: "Documents/cbd-wg2020-2-2/note.yaml: error: ",
                                expecting: "the file is 33 MiB; expected an input of at most 32 MiB (larger inputs are refused unread)")
    }

    func testTemplateOverTheSizeCapIsRefusedUnread() throws {
        let scratch = try ScratchWorkspace()
        try pad(scratch.path("Templates/zh/cbd-wg2020-2-2.yaml"), to: 40 * 1024 * 1024)
        try assertRenderRefused(scratch, at: "Templates/zh/cbd-wg2020-2-2.yaml: error: ", expecting: "the file is 40 MiB; expected an input of at most 32 MiB")
    }

    /// Grows a file to `size` bytes without writing them (the cap looks at the size before reading).
    private func pad(_ path: String, to size: UInt64) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
    }
}
