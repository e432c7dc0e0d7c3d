import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a TCP socket: the request target goes out
/// byte for byte (no normalisation of `..` or `%2e`), one request per
/// connection, `Connection: close`.
struct RawHTTPClient {
    let host = "127.0.0.1"
    let port: Int

    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }
        var problem: [String: Any]? { json as? [String: Any] }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    func get(_ target: String, headers: [(String, String)] = []) async throws -> Response {
        try await send("GET", target, headers: headers)
    }

    func send(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
              omitContentLength: Bool = false) async throws -> Response {
        let request = self.request(method, target, headers: headers, body: body, omitContentLength: omitContentLength)
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(request) })
            }
        }
    }

    func request(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [],
                 omitContentLength: Bool = false, keepAlive: Bool = false) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\n\(keepAlive ? "" : "Connection: close\r\n")"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !omitContentLength && (method != "GET" || !body.isEmpty) { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }

    /// Many requests over one kept-alive connection, pipelined `batch` at a time (each batch's
    /// answers read before the next is sent); the status of each answer, in order. Answers must
    /// carry a Content-Length (problem documents and reports do).
    func pipeline(_ requests: [[UInt8]], batch: Int = 100) throws -> [Int] {
        let fd = try connected()
        defer { close(fd) }
        var statuses: [Int] = []
        var pending: [UInt8] = []
        var consumed = 0  // bytes of `pending` already parsed
        var buffer = [UInt8](repeating: 0, count: 65536)
        for start in stride(from: 0, to: requests.count, by: batch) {
            let chunk = Array(requests[start..<min(start + batch, requests.count)].joined())
            var sent = 0
            while sent < chunk.count {
                let n = chunk[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw Failure(description: "send failed after \(statuses.count) answers: errno \(errno)") }
                sent += n
            }
            while statuses.count < min(start + batch, requests.count) {
                if let (status, used) = try Self.parseOne(pending[consumed...]) {
                    statuses.append(status)
                    consumed += used
                    continue
                }
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard n > 0 else { throw Failure(description: "the connection closed after \(statuses.count) answers") }
                pending.removeFirst(consumed)
                consumed = 0
                pending += buffer[0..<n]
            }
        }
        return statuses
    }

    /// The status of the first whole answer in `bytes` (by its Content-Length) and how many bytes
    /// it takes; nil when incomplete.
    private static func parseOne(_ bytes: ArraySlice<UInt8>) throws -> (Int, Int)? {
        guard let end = bytes.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A]) else { return nil }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).lowercased().components(separatedBy: "\r\n")
        guard let line = head.first(where: { $0.hasPrefix("content-length:") }),
              let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
              let status = head.first.flatMap({ $0.split(separator: " ").dropFirst().first }).flatMap({ Int($0) }) else {
            throw Failure(description: "a pipelined answer has no status or Content-Length")
        }
        let total = end.upperBound - bytes.startIndex + length
        return bytes.count >= total ? (status, total) : nil
    }

    /// Multipart/form-data body for `POST /check`.
    static func multipart(files: [(name: String, bytes: [UInt8])], fields: [(String, String)] = [],
                          boundary: String = "hexaglot-test-boundary-7d1f") -> (contentType: String, body: [UInt8]) {
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes + [0x0D, 0x0A]
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    private func exchange(_ request: [UInt8]) throws -> Response {
        let fd = try connected()
        defer { close(fd) }
        // A server may answer (413) before reading the whole body; a write error then is not a failure.
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        return try Self.parse(received)
    }

    /// A socket connected to the server (a 60-second receive timeout); the caller closes it.
    private func connected() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect to \(host):\(port) failed: errno \(errno)")
        }
        return fd
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        guard let end = bytes.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A]) else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = Response(status: status, headers: headers, body: Array(bytes[end.upperBound...]))
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            response.body = try dechunk(response.body)
        } else if let length = response.header("Content-Length").flatMap(Int.init) {
            guard response.body.count >= length else { throw Failure(description: "body cut short: \(response.body.count) of \(length) bytes") }
            response.body = Array(response.body.prefix(length))
        }
        return response
    }

    static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while true {
            guard let lineEnd = bytes[i...].firstRange(of: [0x0D, 0x0A]) else { throw Failure(description: "bad chunk header") }
            let sizeText = String(decoding: bytes[i..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText, radix: 16) else { throw Failure(description: "bad chunk size \(sizeText)") }
            if size == 0 { return out }
            let start = lineEnd.upperBound
            guard start + size <= bytes.count else { throw Failure(description: "chunk cut short") }
            out += bytes[start..<(start + size)]
            i = start + size + 2
        }
    }
}
