import XCTest
@testable import HexaglotICU
import HexaglotTree

/// The six UN languages.
let unLocales = ["ar", "zh", "en", "fr", "es", "ru"]

/// A date from its ISO form; traps on a typo in a test.
func day(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> CivilDate {
    guard let date = CivilDate(iso: iso) else {
        XCTFail("bad test date \(iso)", file: file, line: line)
        return CivilDate(year: 1970, month: 1, day: 1)!
    }
    return date
}

/// Asserts that `expression` throws exactly `ICUError(operation:status:)`.
func assertICUError<T>(
    _ expression: @autoclosure () throws -> T,
    operation: String, status: String,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
        XCTAssertEqual(error as? ICUError, ICUError(operation: operation, status: status),
                       "\(error)", file: file, line: line)
    }
}
