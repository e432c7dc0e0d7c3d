import Foundation
import HexaglotTestSupport
import XCTest

/// README.md starts with the two commands a newcomer needs, and CI runs
/// exactly the test command it gives.
final class ReadmeTests: XCTestCase {
    func testReadmeStartsWithTheRenderAndTestCommandsAndCIRunsTheSame() throws {
        let readme = try String(contentsOfFile: "\(Repo.root)/README.md", encoding: .utf8)
        let blocks = readme.components(separatedBy: "```sh\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        XCTAssertGreaterThanOrEqual(blocks.count, 2)
        XCTAssertEqual(blocks[0], "swift run hexaglot render Documents/cbd-wg2020-2-2/note.yaml --lang zh --format text")
        let testCommand = blocks[1]
        let ci = try String(contentsOfFile: "\(Repo.root)/.ci/run", encoding: .utf8)
        // CI runs the command as given, only keeping its output to count the tests, after one
        // build with the explicit import check (every imported module declared in Package.swift).
        let runs = ci.split(separator: "\n").filter { $0.hasPrefix("swift ") }.map(String.init)
        XCTAssertEqual(runs, ["swift build --build-tests --explicit-target-dependency-import-check error",
                              testCommand + " 2>&1 | tee \"$log\""])
    }

    func testTheReadmeRenderCommandRendersTheNote() throws {
        // The same arguments as the README's first command, on the built executable.
        let result = try runHexaglot(["render", "Documents/cbd-wg2020-2-2/note.yaml", "--lang", "zh", "--format", "text",
                                     ], cwd: Repo.root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, try Repo.renderText("zh"))
    }
}
