import Foundation
import XCTest

/// A client that sends a new `language` with every `POST /check` must not make the
/// server grow: only the languages of `Locales/` are accepted, and every cache is bounded.
final class HostileLanguageTests: XCTestCase {
    static let paragraph = Array("Report\n\n1. The meeting was held on 24 February 2020 with 196 Parties.\n".utf8)

    func post(_ client: RawHTTPClient, language: String) async throws -> RawHTTPClient.Response {
        let form = RawHTTPClient.multipart(files: [("a.txt", Self.paragraph), ("b.txt", Self.paragraph)],
                                           fields: [("language", "a.txt=\(language)")])
        return try await client.send("POST", "/check", headers: [("Content-Type", form.contentType)], body: form.body)
    }

    /// The resident memory of a process, in KiB (Linux: VmRSS of /proc/PID/status).
    func residentKiB(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try XCTUnwrap(Int(line.split(separator: " ").dropFirst().first ?? ""))
    }

    func testAnUnknownLanguageIs400() async throws {
        try await withServer { server in
            assertProblem(try await post(server.client, language: "tlh"), 400,
                          detail: "unknown language 'tlh' for 'a.txt'; expected one of: ar, en, es, fr, ru, zh")
            assertProblem(try await post(server.client, language: "en-x-private"), 400, detail: "unknown language 'en-x-private'")
            let known = try await post(server.client, language: "fr")
            XCTAssertEqual(known.status, 200, known.text)
        }
    }

    /// 10,000 distinct languages against `hexaglot serve` (pipelined on one connection): the
    /// process's resident memory after the first 1,000 requests and after the last differ by
    /// less than 2 MiB. Before languages were checked against `Locales/` and the ICU caches
    /// bounded, the same requests took it from 40 MiB to 5.3 GiB (README, hostile input).
    func testTenThousandDistinctLanguagesLeaveMemoryFlat() async throws {
        let serve = try ServeCommandTests.ServeProcess(["--port", "0", "--documents", ServerRepo.documents], logs: false)
        defer { serve.kill() }
        let client = RawHTTPClient(port: try XCTUnwrap(serve.port(), "the server prints its port"))
        let pid = serve.process.processIdentifier
        let started = try residentKiB(pid)
        for language in ["en", "fr"] {  // the accepted path, warm
            let response = try await post(client, language: language)
            XCTAssertEqual(response.status, 200, response.text)
        }
        // Shapes a client could send: private-use tags, regions, scripts, ICU keywords; all distinct.
        // The requests differ only in the language, so each is the form's bytes around it.
        let marker = "LANGUAGE-MARKER"
        let form = RawHTTPClient.multipart(files: [("a.txt", Array("x".utf8)), ("b.txt", Array("x".utf8))],
                                           fields: [("language", "a.txt=\(marker)")], boundary: "b")
        let body = String(decoding: form.body, as: UTF8.self).components(separatedBy: marker).map { Array($0.utf8) }
        let requests = (0..<10_000).map { i in
            let language = Array(["en-x-q\(i)", "fr-FR-x-\(i)", "zh-Hant-u-nu-q\(i)", "ar@numbers=q\(i)"][i % 4].utf8)
            let head = "POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(form.contentType)\r\n"
                + "Content-Length: \(body[0].count + language.count + body[1].count)\r\n\r\n"
            return Array(head.utf8) + body[0] + language + body[1]
        }
        let first = try client.pipeline(Array(requests[..<1_000]))
        let warm = try residentKiB(pid)
        // The other 9,000 over two connections at once, as two clients would send them.
        let halves = [Array(requests[1_000..<5_500]), Array(requests[5_500...])]
        async let one = Command.offloaded { try client.pipeline(halves[0]) }
        async let two = Command.offloaded { try client.pipeline(halves[1]) }
        let rest = try await one + two
        let last = try residentKiB(pid)
        XCTAssertEqual(first + rest, Array(repeating: 400, count: 10_000))
        print("hexaglot serve, 10,000 distinct languages to POST /check: resident \(started) KiB at start, "
              + "\(warm) KiB after 1,000 requests, \(last) KiB after 10,000")
        XCTAssertLessThan(last - warm, 2 * 1024, "resident memory grew from \(warm) KiB to \(last) KiB")
    }
}
