import Hummingbird
import Logging
import NIOCore

/// The HTTP service: a Hummingbird application over a `DocumentLibrary`.
public enum HexaglotService {
    /// The application, ready to `run()` (or `runService()`, which also stops
    /// gracefully on SIGINT and SIGTERM). `onRunning` is told the bound port.
    public static func application(
        configuration: ServerConfiguration,
        library: DocumentLibrary,
        logger: Logger = Logger(label: "hexaglot.server"),
        onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) throws -> some ApplicationProtocol {
        let routes = Routes(library: library, checker: CheckService(locales: library.locales),
                            openAPI: try library.openAPIDocument(), maxUploadBytes: configuration.maxUploadBytes)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: ProblemMiddleware())
        routes.register(on: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "hexaglot"),
            onServerRunning: { channel in
                await onRunning(configuration.host, channel.localAddress?.port ?? configuration.port)
            },
            logger: logger
        )
    }

    /// Loads the documents, serves them until SIGINT or SIGTERM, then drains open requests and returns.
    public static func run(
        configuration: ServerConfiguration,
        logger: Logger = Logger(label: "hexaglot.server"),
        onRunning: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) async throws {
        let library = try DocumentLibrary(documentsFolder: configuration.documentsFolder)
        let app = try application(configuration: configuration, library: library, logger: logger, onRunning: onRunning)
        try await app.runService()  // graceful shutdown on SIGTERM and SIGINT
    }
}
