import Foundation
import HexaglotTestSupport
import XCTest

/// `hexaglot serve` as a user runs it: a free port, an access log on
/// standard error, and a clean exit on SIGTERM or SIGINT.
final class ServeCommandTests: XCTestCase {
    final class ServeProcess: @unchecked Sendable {
        let process = Process()
        let stdout = Pipe(), stderr = Pipe()

        /// `logs: false` discards the access log, which nobody reads then: a pipe left unread
        /// fills and stops the server.
        init(_ arguments: [String], logs: Bool = true) throws {
            process.executableURL = URL(fileURLWithPath: Repo.hexaglot)
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = FileManager.default.temporaryDirectory
            process.standardOutput = stdout
            process.standardError = logs ? stderr : FileHandle.nullDevice
            try process.run()
        }

        /// The port from "hexaglot serve: listening on http://127.0.0.1:PORT".
        func port(timeout: TimeInterval = 60) -> Int? {
            let deadline = Date().addingTimeInterval(timeout)
            var seen = ""
            while Date() < deadline, process.isRunning || !seen.isEmpty {
                let data = stdout.fileHandleForReading.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
                if let line = seen.split(separator: "\n").first(where: { $0.contains("listening on http://") }),
                   let port = line.split(separator: ":").last.flatMap({ Int($0) }) {
                    return port
                }
            }
            return nil
        }

        func waitForExit(timeout: TimeInterval = 30) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(50_000) }
            return !process.isRunning
        }

        func kill() { if process.isRunning { process.terminate() } }
    }

    func serveAndStop(with signal: Int32) async throws {
        let serve = try ServeProcess(["--port", "0", "--documents", ServerRepo.documents])
        defer { serve.kill() }
        let port = try XCTUnwrap(serve.port(), "the server prints its port")
        let client = RawHTTPClient(port: port)
        let health = try await client.get("/health")
        XCTAssertEqual(health.status, 200)
        let rendering = try await client.get("/documents/\(ServerRepo.documentID)/ru.txt")
        XCTAssertEqual(rendering.status, 200)
        let unknown = try await client.get("/documents/nope/ru.txt")
        XCTAssertEqual(unknown.status, 404)

        XCTAssertEqual(Foundation.kill(serve.process.processIdentifier, signal), 0)
        XCTAssertTrue(serve.waitForExit(), "the server stops after signal \(signal)")
        XCTAssertEqual(serve.process.terminationReason, .exit)
        XCTAssertEqual(serve.process.terminationStatus, 0)
        let log = String(decoding: serve.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let access = log.split(separator: "\n").filter { $0.contains("access") }
        XCTAssertTrue(access.contains { $0.contains("http.path=/health") && $0.contains("http.status=200") && $0.contains("http.method=GET") }, log)
        XCTAssertTrue(access.contains { $0.contains("http.path=/documents/nope/ru.txt") && $0.contains("http.status=404") }, log)
        XCTAssertTrue(access.allSatisfy { $0.contains("duration_us=") && $0.contains("hb.request.id=") }, log)
    }

    func testServeStopsGracefullyOnSIGTERM() async throws {
        try await serveAndStop(with: SIGTERM)
    }

    func testServeStopsGracefullyOnSIGINT() async throws {
        try await serveAndStop(with: SIGINT)
    }

    func testServeRefusesAMissingDocumentsFolderAndABadPort() throws {
        let missing = try ServeProcess(["--port", "0", "--documents", "/nonexistent/Documents"])
        defer { missing.kill() }
        XCTAssertTrue(missing.waitForExit())
        XCTAssertEqual(missing.process.terminationStatus, 2)
        XCTAssertEqual(String(decoding: missing.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                       "usage error: the documents folder /nonexistent/Documents does not exist\n")

        let badPort = try ServeProcess(["--port", "70000"])
        defer { badPort.kill() }
        XCTAssertTrue(badPort.waitForExit())
        XCTAssertEqual(badPort.process.terminationStatus, 2)
        XCTAssertTrue(String(decoding: badPort.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .contains("--port takes 0 to 65535, found 70000"))
    }
}
