import Foundation
import Hummingbird
import Logging

/// One structured log record per request (swift-log metadata): method, path,
/// status, body size and duration; the request id comes from Hummingbird's logger.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        context.logger.info("access", metadata: [
            "http.method": .string(request.method.rawValue),
            "http.path": .string(request.uri.path),
            "http.status": .stringConvertible(response.status.code),
            "http.bytes": .stringConvertible(response.body.contentLength ?? -1),
            "duration_us": .stringConvertible(micros),
        ])
        return response
    }
}
