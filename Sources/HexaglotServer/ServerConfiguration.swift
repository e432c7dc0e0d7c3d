/// What `hexaglot serve` is told: where to listen and what to serve.
public struct ServerConfiguration: Sendable {
    /// Loopback by default: serving to the network is a deliberate choice.
    public var host: String
    /// 0 picks a free port (the running server reports which).
    public var port: Int
    public var documentsFolder: String
    /// The largest `POST /check` body accepted; larger ones get 413.
    public var maxUploadBytes: Int

    public static let defaultMaxUploadBytes = 8 << 20

    public init(host: String = "127.0.0.1", port: Int = 8080, documentsFolder: String = "Documents",
                maxUploadBytes: Int = ServerConfiguration.defaultMaxUploadBytes) {
        self.host = host
        self.port = port
        self.documentsFolder = documentsFolder
        self.maxUploadBytes = maxUploadBytes
    }
}
