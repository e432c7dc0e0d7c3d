import Foundation
import HexaglotTestSupport
import XCTest

/// No request text reaches the file system: ids and languages are only
/// compared with the lists read at start, so `..`, `%2e%2e` and absolute
/// paths find nothing and leak nothing.
final class PathTraversalTests: XCTestCase {
    static let attempts = [
        "/documents/../Locales/en/locale.yaml",
        "/documents/../../../../etc/passwd",
        "/documents/cbd-wg2020-2-2/../../Locales/en/locale.yaml",
        "/documents/%2e%2e/en.txt",
        "/documents/%2E%2E/%2E%2E/etc/passwd",
        "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd/en.txt",
        "/documents/..%2F..%2FLocales%2Fen/locale.txt",
        "/documents/cbd-wg2020-2-2/..%2f..%2fLocales%2fen%2flocale.yaml",
        "/documents/cbd-wg2020-2-2/%2e%2e.txt",
        "/documents/%2Fetc%2Fpasswd/en.txt",
        "/documents//etc/passwd/en.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/documents/cbd-wg2020-2-2%2F..%2F..%2FLocales/en.txt",
        "/documents/.%2e/en.txt",
        "/documents/%00/en.txt",
        "http://127.0.0.1/etc/passwd",
    ]

    func testTraversalAttemptsAre404ProblemsThatLeakNothing() async throws {
        let locale = try String(contentsOfFile: "\(Repo.root)/Locales/en/locale.yaml", encoding: .utf8)
        let secretLine = try XCTUnwrap(locale.split(separator: "\n").first { $0.count > 12 && !$0.hasPrefix("#") })
        try await withServer { server in
            for target in Self.attempts {
                let response = try await server.client.get(target)
                XCTAssertEqual(response.status, 404, target)
                XCTAssertEqual(response.header("Content-Type"), "application/problem+json; charset=utf-8", target)
                XCTAssertFalse(response.text.contains("root:x:0:0"), target)
                XCTAssertFalse(response.text.contains(String(secretLine)), target)
                XCTAssertFalse(response.text.contains(Repo.root), "no server path in \(target): \(response.text)")
            }
            // The real document is still served.
            let realDocument = try await server.client.get("/documents/cbd-wg2020-2-2/en.txt")
            XCTAssertEqual(realDocument.status, 200)
        }
    }

    /// Uploaded file names are only names: a path in one is never a place on disk.
    func testUploadNamesWithPathsStayNames() async throws {
        try await withServer { server in
            let en = try await server.client.get("/documents/cbd-wg2020-2-2/en.txt").body
            let fr = try await server.client.get("/documents/cbd-wg2020-2-2/fr.txt").body
            let form = RawHTTPClient.multipart(files: [("../../../../tmp/hexaglot-escape.txt", en), ("/etc/hexaglot-fr.txt", fr)])
            let response = try await server.client.send("POST", "/check", headers: [("Content-Type", form.contentType)], body: form.body)
            XCTAssertEqual(response.status, 200, response.text)
            let inputs = (response.json as? [String: Any])?["inputs"] as? [[String: Any]] ?? []
            XCTAssertEqual(inputs.compactMap { $0["file"] as? String }, ["../../../../tmp/hexaglot-escape.txt", "/etc/hexaglot-fr.txt"])
            XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/hexaglot-escape.txt"))
            XCTAssertFalse(FileManager.default.fileExists(atPath: "/etc/hexaglot-fr.txt"))
        }
    }
}
