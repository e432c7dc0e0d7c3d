import Foundation
import HexaglotCheck
import HexaglotTestSupport
import XCTest

/// POST /check answers what `hexaglot check` prints, in every format of the
/// report registry, for files of the same names.
final class CheckEndpointTests: XCTestCase {
    /// The six renderings as text files, fetched from the server itself.
    func renderings(_ server: TestServer) async throws -> [(name: String, bytes: [UInt8])] {
        var files: [(String, [UInt8])] = []
        for language in ServerRepo.languages {
            let response = try await server.client.get("/documents/\(ServerRepo.documentID)/\(language).txt")
            XCTAssertEqual(response.status, 200)
            files.append(("\(ServerRepo.documentID).\(language).txt", response.body))
        }
        return files
    }

    func post(_ server: TestServer, _ files: [(name: String, bytes: [UInt8])], query: String = "",
              headers: [(String, String)] = [], fields: [(String, String)] = []) async throws -> RawHTTPClient.Response {
        let form = RawHTTPClient.multipart(files: files, fields: fields)
        return try await server.client.send("POST", "/check\(query)", headers: [("Content-Type", form.contentType)] + headers, body: form.body)
    }

    func testSixRenderingsGiveTheCLIReportInEveryRegistryFormat() async throws {
        try await withServer { server in
            let files = try await renderings(server)
            for format in ReportFormat.allCases {
                let response = try await post(server, files, query: "?format=\(format.rawValue)")
                let cli = try CLI.check(files, format: format.rawValue)
                XCTAssertEqual(response.status, 200, response.text)
                XCTAssertEqual(response.text, cli.stdout, format.rawValue)
                XCTAssertEqual(cli.status, 0, cli.stderr)
            }
            let json = try await post(server, files)
            XCTAssertEqual(json.header("Content-Type"), "application/json")
            let summary = (json.json as? [String: Any])?["summary"] as? [String: Int]
            XCTAssertEqual(summary, ["errors": 0, "warnings": 0, "notes": 0])
            XCTAssertEqual(((json.json as? [String: Any])?["inputs"] as? [Any])?.count, 6)
        }
    }

    func testAcceptPicksTheFormatAndQueryWins() async throws {
        try await withServer { server in
            let files = Array(try await renderings(server).prefix(2))
            let text = try await post(server, files, headers: [("Accept", "text/plain")])
            XCTAssertEqual(text.header("Content-Type"), "text/plain; charset=utf-8")
            XCTAssertEqual(text.text, try CLI.check(files, format: "text").stdout)

            let preferred = try await post(server, files, headers: [("Accept", "text/plain;q=0.5, application/json")])
            XCTAssertEqual(preferred.header("Content-Type"), "application/json")

            let any = try await post(server, files, headers: [("Accept", "*/*")])
            XCTAssertEqual(any.header("Content-Type"), "application/json")

            let query = try await post(server, files, query: "?format=json", headers: [("Accept", "text/plain")])
            XCTAssertEqual(query.header("Content-Type"), "application/json")
        }
    }

    /// A French version with a changed year and a dropped sub-item: the same
    /// findings, with the same locations, as the CLI.
    func testFindingsAndTheReferenceFieldMatchTheCLI() async throws {
        try await withServer { server in
            var files = try await renderings(server)
            let fr = files.firstIndex { $0.name.hasSuffix(".fr.txt") }!
            var text = String(decoding: files[fr].bytes, as: UTF8.self)
            let year = try XCTUnwrap(text.range(of: "2019"))
            text.replaceSubrange(year, with: "2018")
            files[fr].bytes = Array(text.utf8)

            let response = try await post(server, files, fields: [("reference", files[2].name)])
            let cli = try CLI.check(files, format: "json", extra: ["--reference", files[2].name])
            XCTAssertEqual(cli.status, 1, "the CLI finds the change: \(cli.stdout)")
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.text, cli.stdout)
            let findings = (response.json as? [String: Any])?["findings"] as? [[String: Any]] ?? []
            XCTAssertFalse(findings.isEmpty)
            let sides = findings.flatMap { $0["sides"] as? [[String: Any]] ?? [] }
            XCTAssertTrue(sides.contains { $0["file"] as? String == files[fr].name && $0["line"] is Int })
            let inputs = (response.json as? [String: Any])?["inputs"] as? [[String: Any]] ?? []
            XCTAssertEqual(inputs.filter { $0["reference"] as? Bool == true }.compactMap { $0["file"] as? String }, [files[2].name])
        }
    }
}

/// The built `hexaglot`, run on files in a scratch folder under their own names.
enum CLI {
    static func check(_ files: [(name: String, bytes: [UInt8])], format: String, extra: [String] = []) throws -> CommandResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
        return try runHexaglot(["check", "--format", format, "--root", Repo.root] + extra + files.map(\.name), cwd: folder.path)
    }
}
