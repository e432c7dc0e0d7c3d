import ArgumentParser
import Foundation
import HexaglotServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve renderings, checks and the side-by-side review page over HTTP.",
        discussion: """
            Listens on loopback unless told otherwise, and stops gracefully on SIGINT or SIGTERM. \
            Endpoints (described at /openapi.yaml): GET /health, GET /documents, \
            GET /documents/{id}/{lang}.{txt|md|html|docx}, GET /documents/{id}/review, POST /check \
            (multipart/form-data, two to six files; JSON report, or another format by Accept or ?format=). \
            Errors are application/problem+json with the same located messages as the CLI. \
            One access-log line per request goes to standard error; --port 0 picks a free port.
            """
    )

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The folder of document models (one folder per document, each with note.yaml).")
    var documents: String = "Documents"

    @Option(name: .customLong("max-upload-bytes"), help: "The largest POST /check body accepted.")
    var maxUploadBytes: Int = ServerConfiguration.defaultMaxUploadBytes

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535, found \(port)") }
        guard maxUploadBytes > 0 else { throw ValidationError("--max-upload-bytes takes a positive number") }
    }

    func run() async throws {
        let configuration = ServerConfiguration(host: host, port: port, documentsFolder: documents, maxUploadBytes: maxUploadBytes)
        try await HexaglotService.run(configuration: configuration) { host, port in
            FileHandle.standardOutput.write(Data("hexaglot serve: listening on http://\(host):\(port)\n".utf8))
        }
    }
}
