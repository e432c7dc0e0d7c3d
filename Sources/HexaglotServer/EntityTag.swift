/// Strong entity tags from the bytes of a response: FNV-1a (64-bit) of the
/// body, so the same rendering has the same tag across restarts and machines.
public struct EntityTag: Hashable, Sendable, CustomStringConvertible {
    /// The opaque tag, quoted as sent in an `ETag` header: `"fnv1a64-<16 hex digits>"`.
    public let quoted: String

    public init(of bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        quoted = "\"fnv1a64-" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    public var description: String { quoted }

    /// Whether an `If-None-Match` header value matches this tag (RFC 9110 §13.1.2:
    /// `*`, or a comma-separated list compared weakly, so `W/"x"` matches `"x"`).
    public func matches(ifNoneMatch header: String) -> Bool {
        for candidate in header.split(separator: ",") {
            var tag = candidate.trimmingWhitespace()
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            if tag == quoted[...] { return true }
        }
        return false
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
