import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts. Only what
/// `POST /check` needs: each part's field name, file name and bytes.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var filename: String?
        var bytes: [UInt8]
    }

    var parts: [Part]

    struct Malformed: Error, Sendable { var reason: String }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, or nil.
    static func boundary(contentType: String) -> String? {
        let fields = contentType.split(separator: ";").map { $0.trimmingWhitespace() }
        guard let type = fields.first, type.lowercased() == "multipart/form-data" else { return nil }
        for field in fields.dropFirst() {
            let pair = field.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingWhitespace()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.isEmpty || value.count > 70 ? nil : String(value)
        }
        return nil
    }

    init(parsing body: [UInt8], boundary: String) throws {
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [0x0D, 0x0A]
        guard var cursor = Self.find(delimiter, in: body, from: 0)?.upperBound else {
            throw Malformed(reason: "the body has no part delimited by the boundary '\(boundary)'")
        }
        parts = []
        let nextDelimiter = crlf + delimiter
        while true {
            // After a delimiter: "--" closes the body, CRLF opens a part.
            if body[cursor...].starts(with: [0x2D, 0x2D]) { return }
            guard body[cursor...].starts(with: crlf) else {
                throw Malformed(reason: "a boundary delimiter is not followed by CRLF")
            }
            cursor += 2
            guard let end = Self.find(nextDelimiter, in: body, from: cursor) else {
                throw Malformed(reason: "the last part is not closed by the boundary '\(boundary)'")
            }
            parts.append(try Self.part(body[cursor..<end.lowerBound]))
            cursor = end.upperBound
        }
    }

    /// The first occurrence of `needle` at or after `start` (memchr for the first byte, then memcmp).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, start <= haystack.count - needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var i = start
                let last = hay.count - pin.count
                while i <= last {
                    guard let hit = memchr(hay.baseAddress! + i, Int32(pin[0]), last - i + 1) else { return nil }
                    i = hay.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hay.baseAddress! + i, pin.baseAddress!, pin.count) == 0 { return i..<(i + pin.count) }
                    i += 1
                }
                return nil
            }
        }
    }

    private static func part(_ bytes: ArraySlice<UInt8>) throws -> Part {
        guard let headerEnd = bytes.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A]) else {
            throw Malformed(reason: "a part has no blank line after its headers")
        }
        let head = String(decoding: bytes[..<headerEnd.lowerBound], as: UTF8.self)
        var name: String?
        var filename: String?
        for line in head.split(separator: "\r\n") {
            let header = line.split(separator: ":", maxSplits: 1)
            guard header.count == 2, header[0].trimmingWhitespace().lowercased() == "content-disposition" else { continue }
            for parameter in header[1].split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                var value = pair[1].trimmingWhitespace()
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
                switch pair[0].trimmingWhitespace().lowercased() {
                case "name": name = String(value)
                case "filename": filename = String(value)
                default: break
                }
            }
        }
        guard let name else { throw Malformed(reason: "a part has no Content-Disposition name") }
        return Part(name: name, filename: filename, bytes: Array(bytes[headerEnd.upperBound...]))
    }
}
