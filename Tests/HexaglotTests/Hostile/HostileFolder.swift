import Foundation
import HexaglotTestSupport
import XCTest

/// A throwaway folder holding the English rendering of the note (`en.txt`) as
/// the reference version, for running `hexaglot check` on one hostile file.
final class HostileFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try write("en.txt", Array(try Repo.renderText("en").utf8))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: "\(path)/\(name)"))
    }

    /// A file of `size` bytes that takes no disk space (its size is all the cap looks at).
    func writeSparse(_ name: String, size: UInt64) throws {
        _ = FileManager.default.createFile(atPath: "\(path)/\(name)", contents: nil)  // a failure throws just below
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(path)/\(name)"))
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: "\(path)/\(name)") }

    /// `hexaglot check en.txt FILE -o report.txt`, run inside the folder (paths in messages are as given).
    func check(_ file: String, reference: String = "en.txt", extra: [String] = []) throws -> CommandResult {
        try runHexaglot(["check", reference, file, "-o", "report.txt"] + extra, cwd: path)
    }
}

/// A refused input: exit code 2, nothing on stdout, one line on stderr that starts with
/// the file and location and says what was expected, no crash report, and no report file.
func assertRefused(_ result: CommandResult, in folder: HostileFolder, at location: String, expecting fragment: String,
                   file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(result.status, 2, "exit code; stderr: \(result.stderr)", file: file, line: line)
    XCTAssertEqual(result.stdout, "", file: file, line: line)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    XCTAssertEqual(lines.count, 1, "one line on stderr: \(result.stderr)", file: file, line: line)
    // A location ending in ':' leaves the column open ("part:2:" for wherever the XML parser stops).
    let rest = result.stderr.hasPrefix(location) ? result.stderr.dropFirst(location.count) : ""
    let afterLocation = location.hasSuffix(":") ? rest.drop(while: \.isNumber) : rest
    XCTAssertTrue(afterLocation.hasPrefix(": error: "), "expected '\(location): error: …', got: \(result.stderr)", file: file, line: line)
    XCTAssertTrue(result.stderr.contains(fragment), "expected '\(fragment)' in: \(result.stderr)", file: file, line: line)
    for crashSign in ["Fatal error", "Stack dump", "Backtrace", "Crash", "SIG", "0x0000"] {
        XCTAssertFalse(result.stderr.contains(crashSign), "crash report in: \(result.stderr)", file: file, line: line)
    }
    XCTAssertFalse(folder.exists("report.txt"), "no report left behind", file: file, line: line)
}
