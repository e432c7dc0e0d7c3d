import Foundation
import HexaglotTestSupport
import XCTest

/// The review page in a real browser: headless Chromium loads it from the
/// server, takes a screenshot (Docs/review.png, shown in the README, rewritten with HEXAGLOT_RECORD=1) and
/// dumps the DOM it built, which must hold six aligned columns with the
/// Arabic one right to left.
final class ReviewBrowserTests: XCTestCase {
    static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    /// Chromium, installed with apt-get when missing only if this is root and
    /// CI=true or HEXAGLOT_BROWSER_TESTS=1; otherwise the test is skipped, saying why.
    func chromium() throws -> String {
        if let found = Self.candidates.first(where: FileManager.default.isExecutableFile(atPath:)) { return found }
        let environment = ProcessInfo.processInfo.environment
        let asked = environment["CI"] == "true" || environment["HEXAGLOT_BROWSER_TESTS"] == "1"
        guard asked else {
            throw XCTSkip("Chromium is not installed; set HEXAGLOT_BROWSER_TESTS=1 (as root) to install it with apt-get, or install Debian's chromium package")
        }
        guard getuid() == 0 else { throw XCTSkip("Chromium is not installed and installing it with apt-get needs root") }
        for arguments in [["update", "-q"], ["install", "-y", "-q", "--no-install-recommends", "chromium"]] {
            let result = try Command.run("/usr/bin/apt-get", arguments, environment: ["DEBIAN_FRONTEND": "noninteractive"], timeout: 900)
            XCTAssertEqual(result.status, 0, "apt-get \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return try XCTUnwrap(Self.candidates.first(where: FileManager.default.isExecutableFile(atPath:)), "apt-get installed no chromium")
    }

    /// Run off Swift's cooperative threads, which the in-process server needs meanwhile.
    func headless(_ chromium: String, _ arguments: [String], profile: URL) async throws -> Command.Result {
        try await Command.offloaded {
            try Command.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                                   "--no-first-run", "--user-data-dir=\(profile.path)"] + arguments, timeout: 180)
        }
    }

    func testChromiumShowsSixAlignedColumnsWithArabicRightToLeft() async throws {
        let chromium = try chromium()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try await withServer { server in
            let url = "http://127.0.0.1:\(server.port)/documents/\(ServerRepo.documentID)/review"

            let dump = try await headless(chromium, ["--dump-dom", url], profile: scratch.appendingPathComponent("profile-dom"))
            XCTAssertEqual(dump.status, 0, dump.stderr)
            let page = ReviewMarkup(dump.stdout)
            XCTAssertEqual(page.headerLanguages, ServerRepo.languages, "six column headers in the browser's DOM")
            XCTAssertGreaterThan(page.rows.count, 30)
            for row in page.rows {
                XCTAssertEqual(row.cells.count, 6, row.id)
                XCTAssertEqual(row.cells.map(\.language), ServerRepo.languages, row.id)
                XCTAssertEqual(row.cells.first?.direction, "rtl", "the Arabic cell of \(row.id)")
                XCTAssertTrue(row.cells.dropFirst().allSatisfy { $0.direction == "ltr" }, row.id)
            }
            XCTAssertTrue(dump.stdout.contains("<html lang=\"en\" dir=\"ltr\">"))

            let shot = scratch.appendingPathComponent("review.png")
            let screenshot = try await headless(chromium, ["--window-size=1600,1000", "--screenshot=\(shot.path)", url],
                                          profile: scratch.appendingPathComponent("profile-shot"))
            XCTAssertEqual(screenshot.status, 0, screenshot.stderr)
            let png = try Data(contentsOf: shot)
            XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            XCTAssertEqual([width, height], [1600, 1000])
            XCTAssertGreaterThan(png.count, 50_000, "a page with text, not a blank one")
            // The README's screenshot is rewritten only when goldens are recorded: a test run leaves the tree clean.
            if ProcessInfo.processInfo.environment["HEXAGLOT_RECORD"] == "1" {
                try png.write(to: URL(fileURLWithPath: "\(Repo.root)/Docs/review.png"), options: .atomic)
            }
        }
    }
}

/// A child process with a time limit, its output collected.
enum Command {
    struct Result: Sendable { var status: Int32; var stdout: String; var stderr: String }
    struct Timeout: Error, CustomStringConvertible { var description: String }

    static func offloaded<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
        }
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    timeout: TimeInterval) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes: a chatty child never blocks on a full pipe.
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(100_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Timeout(description: "\(executable) did not finish within \(Int(timeout)) s")
        }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
