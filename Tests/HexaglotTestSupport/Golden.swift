import Foundation
import XCTest

/// Compares an output with its golden file under `Tests/HexaglotTests/Goldens/`
/// (the render, writer and end-to-end tests share them).
/// With `HEXAGLOT_RECORD=1` in the environment it writes the golden instead and
/// fails, so a recording run is never mistaken for a passing one.
public enum Golden {
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("HexaglotTests/Goldens")

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["HEXAGLOT_RECORD"] == "1" }

    /// `name` is relative to the Goldens folder, e.g. `zh/cbd-wg2020-2-2.zh.md`.
    public static func assertMatches(_ actual: String, golden name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            XCTFail("recorded the golden \(name) (HEXAGLOT_RECORD=1); run again without it to compare", file: file, line: line)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no golden \(url.path); run with HEXAGLOT_RECORD=1 to record it", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        XCTFail("output differs from the golden \(name) \(firstDifference(expected, actual)); "
                + "if the change is intended, run with HEXAGLOT_RECORD=1", file: file, line: line)
    }

    /// The first differing line, so a failure points at the change instead of dumping two whole files.
    public static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end of file>"
            let right = index < b.count ? String(b[index]) : "<end of file>"
            if left != right { return "at line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return ""
    }
}
