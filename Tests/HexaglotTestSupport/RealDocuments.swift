import Foundation
import XCTest

/// The real UN documents under `Tests/Fixtures/real/<set>/`, one text file per language
/// (the check, import and round-trip tests read them).
public enum RealDocuments {
    public static let sets = ["sdg", "udhr", "s-res-2209-2015", "e-res-2014-38", "s-2015-10-add-5"]

    /// The set's text files, English first (the reference).
    public static func files(_ set: String) throws -> [String] {
        let folder = "\(Repo.root)/Tests/Fixtures/real/\(set)"
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            .sorted { ($0.contains(".en.") ? 0 : 1) < ($1.contains(".en.") ? 0 : 1) }  // English first: the reference
            .map { "\(folder)/\($0)" }
    }
}

/// An official text compared with a rendering line by line, after only these normalisations
/// of both sides: `[bookmark: …]` removed, Unicode NFKC, all whitespace removed within each
/// line, empty lines dropped (OfficialChineseTextTests says why each is needed).
public enum OfficialText {
    public static func normalized(_ text: String) throws -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            var line = String(line)
            while let start = line.range(of: "[bookmark:"), let end = line[start.upperBound...].range(of: "]") {
                line.removeSubrange(start.lowerBound..<end.upperBound)
            }
            // NFKC by Foundation: a comparison in a test, not output (ICU's normalizer had no other user).
            let folded = line.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
            let result = String(String.UnicodeScalarView(folded))
            return result.isEmpty ? nil : result
        }
    }

    /// Fails naming the first line where `actual` differs from `expected` after `normalized`.
    public static func assertSameLines(_ actual: String, _ expected: String, _ what: String,
                                       file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try normalized(expected), actual = try normalized(actual)
        let k = zip(expected, actual).enumerated().first { $1.0 != $1.1 }?.offset
            ?? (expected.count == actual.count ? nil : min(expected.count, actual.count))
        if let k {
            XCTFail("\(what): line \(k + 1) differs:\n  expected \(k < expected.count ? expected[k] : "<end>")\n  actual   \(k < actual.count ? actual[k] : "<end>")",
                    file: file, line: line)
        }
    }
}
