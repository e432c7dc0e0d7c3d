import Foundation
import HexaglotTree
import Hummingbird

/// An error answered as `application/problem+json` (RFC 9457): the HTTP
/// status and, as `detail`, the same located message the CLI prints.
public struct Problem: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var detail: String

    public init(_ status: HTTPResponse.Status, _ detail: String) {
        self.status = status
        self.detail = detail
    }

    static func notFound(_ detail: String) -> Problem { Problem(.notFound, detail) }
    static func badRequest(_ detail: String) -> Problem { Problem(.badRequest, detail) }

    /// A Hexaglot error met while serving our own documents: a broken template
    /// or locale is the server's fault, not the client's.
    static func serving(_ error: HexaglotError) -> Problem {
        switch error {
        case .usage: Problem(.badRequest, error.description)
        default: Problem(.internalServerError, error.description)
        }
    }

    /// A Hexaglot error met while reading an upload: the client sent something unreadable.
    static func upload(_ error: HexaglotError) -> Problem {
        switch error {
        case .internalFailure: Problem(.internalServerError, error.description)
        default: Problem(.unprocessableContent, error.description)
        }
    }

    /// The problem document, keys sorted so the bytes are stable.
    func response(instance: String) -> Response {
        let body: [String: ProblemField] = [
            "type": .text("about:blank"),
            "title": .text(status.reasonPhrase),
            "status": .number(status.code),
            "detail": .text(detail),
            "instance": .text(instance),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(body)).map { Array($0) + [0x0A] } ?? Array("{}\n".utf8)
        var headers: HTTPFields = [.contentType: "application/problem+json; charset=utf-8"]
        if status == .methodNotAllowed { headers[.allow] = "GET, POST" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

private enum ProblemField: Encodable {
    case text(String)
    case number(Int)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let s): try container.encode(s)
        case .number(let n): try container.encode(n)
        }
    }
}

/// Turns every error of a route (and the router's own "no such route") into a problem document.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response(instance: request.uri.path)
        } catch let error as HexaglotError {
            return Problem.serving(error).response(instance: request.uri.path)
        } catch let error as HTTPError {
            let detail: String = switch error.status {
            case .notFound: "no resource at \(request.uri.path); see /openapi.yaml for the API"
            case .contentTooLarge: "the request body is larger than the server accepts"
            default: error.body ?? error.status.reasonPhrase
            }
            return Problem(error.status, detail).response(instance: request.uri.path)
        } catch {
            context.logger.error("internal error", metadata: ["error": "\(String(reflecting: error))"])
            return Problem(.internalServerError, "internal error: \(error)").response(instance: request.uri.path)
        }
    }
}
