import Foundation
import HexaglotServer
import HexaglotTestSupport
import Hummingbird
import Logging
import XCTest

/// What the server tests need of the repository beyond the shared ``Repo``: its documents as the server lists them.
enum ServerRepo {
    static let documents = "\(Repo.root)/Documents"
    static let documentID = "cbd-wg2020-2-2"
    static let languages = ["ar", "zh", "en", "fr", "es", "ru"]
    /// Every folder of Documents/ with a note.yaml, as the server lists them.
    static var documentIDs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: documents)) ?? []).filter {
            FileManager.default.fileExists(atPath: "\(documents)/\($0)/note.yaml")
        }.sorted()
    }
}

/// A server started in this process on an ephemeral port (port 0), stopped
/// (gracefully, by cancelling its service group) with `stop()`.
final class TestServer: Sendable {
    let port: Int
    let library: DocumentLibrary
    private let task: Task<Void, any Error>

    var client: RawHTTPClient { RawHTTPClient(port: port) }

    private init(port: Int, library: DocumentLibrary, task: Task<Void, any Error>) {
        self.port = port
        self.library = library
        self.task = task
    }

    static func start(documents: String = ServerRepo.documents,
                      maxUploadBytes: Int = ServerConfiguration.defaultMaxUploadBytes) async throws -> TestServer {
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, documentsFolder: documents, maxUploadBytes: maxUploadBytes)
        let library = try DocumentLibrary(documentsFolder: documents)
        var logger = Logger(label: "hexaglot.server.test")
        // Stopping by cancellation makes Hummingbird log an error per open channel; SIGTERM is tested on the CLI.
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try HexaglotService.application(configuration: configuration, library: library, logger: logger) { _, port in
            continuation.yield(port)
            continuation.finish()
        }
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            task.cancel()
            throw RawHTTPClient.Failure(description: "the server did not report a port")
        }
        return TestServer(port: port, library: library, task: task)
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

extension XCTestCase {
    /// Runs `body` against a fresh server, and stops the server whatever happens.
    func withServer(documents: String = ServerRepo.documents, maxUploadBytes: Int = ServerConfiguration.defaultMaxUploadBytes,
                    _ body: (TestServer) async throws -> Void) async throws {
        let server = try await TestServer.start(documents: documents, maxUploadBytes: maxUploadBytes)
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Asserts a problem+json answer with the status and a `detail` containing `fragment`.
    func assertProblem(_ response: RawHTTPClient.Response, _ status: Int, detail fragment: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.status, status, response.text, file: file, line: line)
        XCTAssertEqual(response.header("Content-Type"), "application/problem+json; charset=utf-8", file: file, line: line)
        let problem = response.problem ?? [:]
        XCTAssertEqual(problem["status"] as? Int, status, file: file, line: line)
        XCTAssertEqual(problem["type"] as? String, "about:blank", file: file, line: line)
        XCTAssertNotNil(problem["title"] as? String, file: file, line: line)
        let detail = problem["detail"] as? String ?? ""
        XCTAssertTrue(detail.contains(fragment), "detail '\(detail)' lacks '\(fragment)'", file: file, line: line)
    }
}
