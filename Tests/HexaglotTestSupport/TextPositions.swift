import XCTest

/// 1-based number of the first line of `text` that contains `needle`.
public func lineNumber(of needle: String, in text: String) throws -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return try XCTUnwrap(lines.firstIndex { $0.contains(needle) }, "'\(needle)' not found") + 1
}

/// 1-based column, in Unicode scalars, of `needle` in line `line` of `text`.
public func column(of needle: String, inLine line: Int, of text: String) throws -> Int {
    let lineText = String(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1])
    let range = try XCTUnwrap(lineText.range(of: needle))
    return lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: range.lowerBound) + 1
}
