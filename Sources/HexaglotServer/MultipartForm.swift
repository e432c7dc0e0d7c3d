import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body (RFC 7578) split into its parts by
/// multipart-kit's parser (vapor/multipart-kit, maintained and fuzzed upstream).
/// Only what `POST /check` needs: each part's field name, file name and bytes.
/// The body has been collected under the server's upload cap before it gets here.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var filename: String?
        var bytes: [UInt8]
    }

    var parts: [Part]

    struct Malformed: Error, Sendable { var reason: String }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, or nil
    /// (RFC 2046: 1 to 70 characters).
    static func boundary(contentType: String) -> String? {
        let fields = contentType.split(separator: ";").map { $0.trimmingWhitespace() }
        guard let type = fields.first, type.lowercased() == "multipart/form-data" else { return nil }
        for field in fields.dropFirst() {
            guard let (name, value) = parameter(field), name == "boundary" else { continue }
            return value.isEmpty || value.count > 70 ? nil : String(value)
        }
        return nil
    }

    init(parsing body: ByteBuffer, boundary: String) throws {
        var parts: [Part] = []
        var headers: [(name: String, value: String)] = []
        var bytes: [UInt8] = []
        var partOpen = false
        var failure: Malformed?
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in
            headers.append((name, value))
            partOpen = true
        }
        parser.onBody = { chunk in
            bytes.append(contentsOf: chunk.readableBytesView)
            partOpen = true
        }
        parser.onPartComplete = {
            do {
                parts.append(try Self.part(headers: headers, bytes: bytes))
            } catch let error as Malformed {
                failure = failure ?? error
            } catch {}
            (headers, bytes, partOpen) = ([], [], false)
        }
        do {
            try parser.execute(body)
        } catch {
            throw Malformed(reason: "a part's headers are not well formed (expected Name: value lines, then a blank line)")
        }
        if let failure { throw failure }
        guard !parts.isEmpty || partOpen else {
            throw Malformed(reason: "the body has no part delimited by the boundary '\(boundary)'")
        }
        // The parser stops quietly at the end of the bytes: a body cut short leaves a part open,
        // or never reaches the close delimiter ("--boundary--").
        guard !partOpen, Self.contains(body, Array("--\(boundary)--".utf8)) else {
            throw Malformed(reason: "the last part is not closed by the boundary '\(boundary)'")
        }
        self.parts = parts
    }

    /// Whether `needle` occurs in `buffer`: memchr for its first byte, then memcmp (a generic search
    /// over a ByteBuffer's view costs far more, and a debug build runs it on every request).
    private static func contains(_ buffer: ByteBuffer, _ needle: [UInt8]) -> Bool {
        buffer.withUnsafeReadableBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, hay.count >= pin.count else { return false }
                var i = 0
                while i <= hay.count - pin.count {
                    guard let hit = memchr(base + i, Int32(pin[0]), hay.count - pin.count - i + 1) else { return false }
                    i = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + i, pin.baseAddress!, pin.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// A part from its headers: `Content-Disposition: form-data; name="…"; filename="…"`.
    private static func part(headers: [(name: String, value: String)], bytes: [UInt8]) throws -> Part {
        var name: String?
        var filename: String?
        for header in headers where header.name.lowercased() == "content-disposition" {
            for field in quotedAwareSplit(header.value).dropFirst() {
                switch parameter(field) {
                case ("name", let value)?: name = String(value)
                case ("filename", let value)?: filename = String(value)
                default: break
                }
            }
        }
        guard let name else { throw Malformed(reason: "a part has no Content-Disposition name") }
        return Part(name: name, filename: filename, bytes: bytes)
    }

    /// `key=value` or `key="value"`, the key lowercased; nil for anything else.
    private static func parameter(_ field: Substring) -> (String, Substring)? {
        let pair = field.split(separator: "=", maxSplits: 1)
        guard pair.count == 2 else { return nil }
        var value = pair[1].trimmingWhitespace()
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
        return (pair[0].trimmingWhitespace().lowercased(), value)
    }

    /// A header value split at the semicolons outside double quotes (a file may be named "a;b.txt").
    private static func quotedAwareSplit(_ value: String) -> [Substring] {
        var fields: [Substring] = []
        var start = value.startIndex
        var quoted = false
        for index in value.indices {
            switch value[index] {
            case "\"": quoted.toggle()
            case ";" where !quoted:
                fields.append(value[start..<index].trimmingWhitespace())
                start = value.index(after: index)
            default: break
            }
        }
        fields.append(value[start...].trimmingWhitespace())
        return fields
    }
}
