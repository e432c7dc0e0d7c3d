import Foundation
import HexaglotCheck
import HexaglotServer
import XCTest

/// Every error status as application/problem+json with a located or naming message.
final class ErrorResponseTests: XCTestCase {
    let id = ServerRepo.documentID

    func testUnknownDocumentLanguageAndRouteAre404() async throws {
        try await withServer { server in
            assertProblem(try await server.client.get("/documents/no-such-note/en.txt"), 404,
                          detail: "unknown document 'no-such-note'; expected one of: \(ServerRepo.documentIDs.joined(separator: ", "))")
            assertProblem(try await server.client.get("/documents/no-such-note/review"), 404, detail: "unknown document 'no-such-note'")
            assertProblem(try await server.client.get("/documents/\(id)/de.txt"), 404,
                          detail: "unknown language 'de' for document '\(id)'; expected one of: ar, zh, en, fr, es, ru")
            assertProblem(try await server.client.get("/documents/\(id)/en"), 404, detail: "expected <lang>.<ext> or review")
            assertProblem(try await server.client.get("/nowhere"), 404, detail: "no resource at /nowhere")
            assertProblem(try await server.client.send("DELETE", "/documents"), 404, detail: "no resource at /documents")
        }
    }

    func testUnknownFormatAndBadParametersAre400() async throws {
        try await withServer { server in
            assertProblem(try await server.client.get("/documents/\(id)/en.pdf"), 400,
                          detail: "unknown format 'pdf'; expected one of: txt, md, html, docx")
            let one = RawHTTPClient.multipart(files: [("en.txt", Array("x".utf8))])
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", one.contentType)], body: one.body),
                          400, detail: "give at least two versions to compare (found 1 file)")
            let seven = RawHTTPClient.multipart(files: (1...7).map { ("v\($0).txt", Array("x".utf8)) })
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", seven.contentType)], body: seven.body),
                          400, detail: "give at most six versions to compare (found 7 files)")
            let twins = RawHTTPClient.multipart(files: [("en.txt", []), ("en.txt", [])])
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", twins.contentType)], body: twins.body),
                          400, detail: "two files are named 'en.txt'")
            let badReference = RawHTTPClient.multipart(files: [("a.txt", []), ("b.txt", [])], fields: [("reference", "c.txt")])
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", badReference.contentType)],
                                                       body: badReference.body), 400, detail: "the reference 'c.txt' is not one of the files to compare")
            assertProblem(try await server.client.send("POST", "/check?format=pdf", headers: [("Content-Type", one.contentType)], body: one.body),
                          400, detail: "unknown report format 'pdf'; expected one of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            let truncated = Array(RawHTTPClient.multipart(files: [("a.txt", []), ("b.txt", [])]).body.dropLast(30))
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", one.contentType)], body: truncated),
                          400, detail: "malformed multipart/form-data body")
        }
    }

    func testANonMultipartBodyIs415AndAnUnmatchedAcceptIs406() async throws {
        try await withServer { server in
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", "application/json")], body: Array("{}".utf8)),
                          415, detail: "POST /check takes multipart/form-data")
            let form = RawHTTPClient.multipart(files: [("a.txt", []), ("b.txt", [])])
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", form.contentType), ("Accept", "image/png")],
                                                       body: form.body), 406, detail: "no report format matches Accept: image/png")
        }
    }

    /// Over the cap: refused from Content-Length, and also when the body comes chunked with no length.
    func testAnOversizedUploadIs413() async throws {
        let cap = 64 * 1024
        try await withServer(maxUploadBytes: cap) { server in
            let big = RawHTTPClient.multipart(files: [("en.txt", Array(repeating: 0x61, count: cap)), ("fr.txt", Array("x".utf8))])
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", big.contentType)], body: big.body),
                          413, detail: "the upload is larger than \(cap) bytes")

            var chunked: [UInt8] = []
            for start in stride(from: 0, to: big.body.count, by: 8192) {
                let chunk = big.body[start..<min(start + 8192, big.body.count)]
                chunked += Array(String(chunk.count, radix: 16).utf8) + [0x0D, 0x0A] + chunk + [0x0D, 0x0A]
            }
            chunked += Array("0\r\n\r\n".utf8)
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", big.contentType), ("Transfer-Encoding", "chunked")],
                                                       body: chunked, omitContentLength: true),
                          413, detail: "the upload is larger than \(cap) bytes")
            // The server is still there for the next client.
            let health = try await server.client.get("/health")
            XCTAssertEqual(health.status, 200)
        }
    }

    /// The same located messages as `hexaglot check`, with the upload's name for the file.
    func testAnUnreadableUploadIs422WithTheLocatedMessage() async throws {
        try await withServer { server in
            let valid = try await server.client.get("/documents/\(ServerRepo.documentID)/en.txt").body
            var broken = valid
            let secondLine = broken.firstIndex(of: 0x0A)! + 1
            broken.insert(contentsOf: [0x41, 0xFF], at: secondLine)
            let form = RawHTTPClient.multipart(files: [("en.txt", valid), ("broken.txt", broken)])
            let response = try await server.client.send("POST", "/check", headers: [("Content-Type", form.contentType)], body: form.body)
            assertProblem(response, 422, detail: "broken.txt:2:2: error: invalid UTF-8; expected UTF-8 text")
            XCTAssertFalse(response.text.contains(FileManager.default.temporaryDirectory.path), "no server path shows: \(response.text)")

            let pdf = RawHTTPClient.multipart(files: [("en.txt", valid), ("scan.pdf", Array("%PDF".utf8))])
            assertProblem(try await server.client.send("POST", "/check", headers: [("Content-Type", pdf.contentType)], body: pdf.body),
                          422, detail: "scan.pdf: unknown input format; expected one of:")
        }
    }
}
