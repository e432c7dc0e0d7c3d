import Foundation
import HexaglotCheck
import HexaglotTree
import HexaglotWriters
import Hummingbird
import NIOCore

/// The API's routes (described in `Docs/openapi.yaml`). Every answer comes
/// from the library's registries: `DocumentFormat` for renderings, `Checker` and
/// `ReportFormat` for checks.
struct Routes: Sendable {
    let library: DocumentLibrary
    let checker: CheckService
    let openAPI: DocumentLibrary.Rendering?
    let maxUploadBytes: Int

    func register(on router: Router<BasicRequestContext>) {
        router.get("/health") { _, _ in
            try json(Health(status: "ok", documents: library.entries.count))
        }
        router.get("/openapi.yaml") { request, _ in
            guard let openAPI else { throw Problem.notFound("this server has no Docs/openapi.yaml beside its documents") }
            return cached(openAPI, request: request, headers: [.contentType: "application/yaml; charset=utf-8"])
        }
        router.get("/documents") { _, _ in try documentList() }
        router.get("/documents/:id/:file") { request, context in
            try await document(request, id: context.parameters.get("id") ?? "", file: context.parameters.get("file") ?? "")
        }
        router.post("/check") { request, _ in try await check(request) }
    }

    struct Health: Encodable {
        var status: String
        var documents: Int
    }

    // MARK: Documents

    struct DocumentList: Encodable {
        struct Item: Encodable {
            var id: String
            var symbol: String?
            var languages: [String]
            var formats: [String]
            var review: String
        }
        var documents: [Item]
    }

    func documentList() throws -> Response {
        let formats = DocumentFormat.allCases.map(\.fileExtension)
        let list = DocumentList(documents: library.entries.map {
            .init(id: $0.id, symbol: $0.symbol, languages: $0.languages, formats: formats, review: "/documents/\($0.id)/review")
        })
        return try json(list)
    }

    /// `/documents/{id}/review` or `/documents/{id}/{lang}.{ext}`.
    func document(_ request: Request, id: String, file: String) async throws -> Response {
        let entry = try library.entry(id)
        if file == "review" {
            return cached(try await library.review(entry), request: request,
                          headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: entry.languages.joined(separator: ", ")])
        }
        guard let dot = file.lastIndex(of: ".") else {
            throw Problem.notFound("no resource '\(file)' for document '\(entry.id)'; expected <lang>.<ext> or review")
        }
        let language = try library.language(String(file[..<dot]), of: entry)
        let ext = String(file[file.index(after: dot)...])
        guard let format = DocumentFormat.allCases.first(where: { $0.fileExtension == ext }) else {
            throw Problem.badRequest("unknown format '\(ext)'; expected one of: \(DocumentFormat.allCases.map(\.fileExtension).joined(separator: ", "))")
        }
        let rendering = try library.rendering(entry, language: language, format: format)
        return cached(rendering, request: request, headers: [
            .contentType: format.mediaType,
            .contentLanguage: language,
            .contentDisposition: "inline; filename=\"\(entry.id).\(language).\(format.fileExtension)\"",
        ])
    }

    /// 200 with the body and its ETag, or 304 when `If-None-Match` already has it.
    func cached(_ rendering: DocumentLibrary.Rendering, request: Request, headers: HTTPFields) -> Response {
        var headers = headers
        headers[.eTag] = rendering.entityTag.quoted
        headers[.cacheControl] = "no-cache"
        if let condition = request.headers[.ifNoneMatch], rendering.entityTag.matches(ifNoneMatch: condition) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: rendering.body))
    }

    // MARK: Check

    func check(_ request: Request) async throws -> Response {
        let format = try ReportNegotiation.format(query: request.uri.queryParameters.get("format"),
                                                  accept: request.headers[.accept])
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: contentType) else {
            throw Problem(.unsupportedMediaType, "POST /check takes multipart/form-data with a boundary, one part per file")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxUploadBytes {
            throw Problem(.contentTooLarge, tooLarge)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxUploadBytes)
        } catch is NIOTooManyBytesError {
            throw Problem(.contentTooLarge, tooLarge)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Problem(.contentTooLarge, tooLarge)
        }
        let form: MultipartForm
        do {
            form = try MultipartForm(parsing: body, boundary: boundary)
        } catch let error as MultipartForm.Malformed {
            throw Problem.badRequest("malformed multipart/form-data body: \(error.reason)")
        }
        let report = try await checker.report(try checker.session(from: form))
        let bytes = try format.reporter.render(report)
        return Response(status: .ok, headers: [.contentType: ReportNegotiation.contentType(of: format)],
                        body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    var tooLarge: String {
        "the upload is larger than \(maxUploadBytes) bytes, the most this server accepts for POST /check"
    }
}

func json(_ value: some Encodable) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let bytes = Array(try encoder.encode(value)) + [0x0A]
    return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}
