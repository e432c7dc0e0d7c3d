import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotServer
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// GET /health, /documents, /documents/{id}/{lang}.{ext} over real HTTP.
final class RenderingEndpointTests: XCTestCase {
    func testHealthAndDocumentListNameEveryLanguageAndFormat() async throws {
        try await withServer { server in
            let health = try await server.client.get("/health")
            XCTAssertEqual(health.status, 200)
            XCTAssertEqual(health.header("Content-Type"), "application/json")
            XCTAssertEqual((health.json as? [String: Any])?["status"] as? String, "ok")
            XCTAssertEqual((health.json as? [String: Any])?["documents"] as? Int, ServerRepo.documentIDs.count)

            let list = try await server.client.get("/documents")
            XCTAssertEqual(list.status, 200)
            let documents = (list.json as? [String: Any])?["documents"] as? [[String: Any]] ?? []
            XCTAssertEqual(documents.compactMap { $0["id"] as? String }, ServerRepo.documentIDs)
            let note = try XCTUnwrap(documents.first { $0["id"] as? String == ServerRepo.documentID })
            XCTAssertEqual(note["symbol"] as? String, "CBD/WG2020/2/2")
            XCTAssertEqual(note["languages"] as? [String], ServerRepo.languages)
            XCTAssertEqual(note["formats"] as? [String], DocumentFormat.allCases.map(\.fileExtension))
            XCTAssertEqual(note["review"] as? String, "/documents/\(ServerRepo.documentID)/review")
        }
    }

    /// Every language in every format: the bytes of the Renderer and the
    /// writer registry, with the right headers and a hash of the bytes as ETag.
    func testEveryRenderingIsTheWritersBytesWithTypeLanguageAndETag() async throws {
        let workspace = Workspace(root: Repo.root)
        let model = try workspace.loadModel(at: "\(ServerRepo.documents)/\(ServerRepo.documentID)/note.yaml")
        let types = ["txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
                     "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "xlf": "application/xliff+xml"]
        try await withServer { server in
            for language in ServerRepo.languages {
                let document = try Renderer(model: model, pack: workspace.loadLanguage(language),
                                            template: workspace.loadTemplate(language: language, document: model.id)).render()
                for format in DocumentFormat.allCases {
                    let path = "/documents/\(ServerRepo.documentID)/\(language).\(format.fileExtension)"
                    let response = try await server.client.get(path)
                    let expected = try format.writer.write(document)
                    XCTAssertEqual(response.status, 200, path)
                    XCTAssertEqual(response.body, expected, path)
                    XCTAssertEqual(response.header("Content-Type"), types[format.fileExtension], path)
                    XCTAssertEqual(response.header("Content-Language"), language, path)
                    XCTAssertEqual(response.header("ETag"), EntityTag(of: expected).quoted, path)
                }
            }
        }
    }

    func testIfNoneMatchAnswers304AndAnotherTagAnswers200() async throws {
        try await withServer { server in
            let path = "/documents/\(ServerRepo.documentID)/ar.html"
            let first = try await server.client.get(path)
            let tag = try XCTUnwrap(first.header("ETag"))
            XCTAssertTrue(tag.hasPrefix("\"fnv1a64-") && tag.count == 26, tag)

            let again = try await server.client.get(path, headers: [("If-None-Match", tag)])
            XCTAssertEqual(again.status, 304)
            XCTAssertEqual(again.header("ETag"), tag)
            XCTAssertTrue(again.body.isEmpty)

            let listed = try await server.client.get(path, headers: [("If-None-Match", "\"other\", W/\(tag)")])
            XCTAssertEqual(listed.status, 304, "a weak tag in a list still matches for GET")

            let stale = try await server.client.get(path, headers: [("If-None-Match", "\"fnv1a64-0000000000000000\"")])
            XCTAssertEqual(stale.status, 200)
            XCTAssertEqual(stale.body, first.body)
        }
    }

    func testETagsAreTheSameAfterARestart() async throws {
        let paths = ["zh.txt", "ar.docx", "fr.md", "review"].map { "/documents/\(ServerRepo.documentID)/\($0)" }
        var before: [String?] = []
        try await withServer { server in
            for path in paths { before.append(try await server.client.get(path).header("ETag")) }
        }
        try await withServer { server in
            for (path, tag) in zip(paths, before) {
                XCTAssertNotNil(tag, path)
                let afterRestart = try await server.client.get(path)
                XCTAssertEqual(afterRestart.header("ETag"), tag, path)
            }
        }
    }

    func testTheOpenAPIDocumentIsServedAsIs() async throws {
        try await withServer { server in
            let response = try await server.client.get("/openapi.yaml")
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(response.header("Content-Type"), "application/yaml; charset=utf-8")
            XCTAssertEqual(response.body, Array(try Data(contentsOf: URL(fileURLWithPath: "\(Repo.root)/Docs/openapi.yaml"))))
        }
    }
}
