import Foundation
import HexaglotTestSupport
import XCTest

final class DeterminismTests: XCTestCase {
    /// Same input, same bytes: in process, across processes, and under another time zone and locale.
    func testRenderingIsByteIdenticalAcrossRunsTimeZonesAndLocales() throws {
        let first = try Repo.renderText("zh")
        XCTAssertEqual(first, try Repo.renderText("zh"))
        var environment = ProcessInfo.processInfo.environment
        let plain = try runHexaglot(["render", Repo.noteModel, "--lang", "zh"], environment: environment)
        environment["TZ"] = "Pacific/Kiritimati"
        environment["LANG"] = "ru_RU.UTF-8"
        environment["LC_ALL"] = "ru_RU.UTF-8"
        let elsewhere = try runHexaglot(["render", Repo.noteModel, "--lang", "zh"], environment: environment)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout, first)
        XCTAssertEqual(elsewhere.stdout, first)
    }
}
