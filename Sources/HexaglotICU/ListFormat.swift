import CICUShim

/// Joins items the way a locale writes lists (ICU `ulistfmt`):
/// "a, b, and c", "a、b和c", "a و b", "a или b"…
public struct ListFormat: Hashable, Sendable {
    /// Conjunction ("and"), disjunction ("or") or a list of measurements.
    public enum Kind: Hashable, Sendable { case and, or, units }
    /// ICU's list width.
    public enum Width: Hashable, Sendable { case wide, short, narrow }

    /// The ICU locale ID.
    public let locale: String
    public let kind: Kind
    public let width: Width

    public init(locale: String, kind: Kind = .and, width: Width = .wide) {
        self.locale = locale
        self.kind = kind
        self.width = width
    }

    /// The items joined; an empty list gives "".
    public func format(_ items: [String]) throws -> String {
        if items.isEmpty { return "" }
        return try formatter().format(items)
    }

    static let cache = ICUCache<ListFormat, ICUListFormatter>()

    func formatter() throws -> ICUListFormatter {
        try Self.cache.object(for: self) { try ICUListFormatter($0) }
    }
}

/// One ICU `UListFormatter`.
final class ICUListFormatter: Sendable {
    private let handle: ICUHandle

    init(_ format: ListFormat) throws {
        let type: Int32 = switch format.kind {
        case .and: 0
        case .or: 1
        case .units: 2
        }
        let width: Int32 = switch format.width {
        case .wide: 0
        case .short: 1
        case .narrow: 2
        }
        let locale = format.locale
        try icuCheckLocale(locale)
        handle = try icuOpen("ulistfmt_openForType", close: { hx_ulistfmt_close($0) }) { status in
            hx_ulistfmt_openForType(locale, type, width, status)
        }
    }

    func format(_ items: [String]) throws -> String {
        // All items in one UTF-16 buffer; ICU gets a pointer and length per item.
        var units: [hx_uchar] = []
        units.reserveCapacity(items.reduce(1) { $0 + $1.utf8.count })
        var offsets: [Int] = []
        var lengths: [Int32] = []
        offsets.reserveCapacity(items.count)
        lengths.reserveCapacity(items.count)
        for item in items {
            let start = units.count
            appendUTF16(item, to: &units)
            guard let length = Int32(exactly: units.count - start) else {
                throw ICUError(operation: "UTF-16 conversion", code: ICUStatus.indexOutOfBounds)
            }
            offsets.append(start)
            lengths.append(length)
        }
        // Room for the items and the words between them: ICU formats once instead of twice.
        let capacity = units.count + 32 * items.count + 64
        units.append(0)  // never empty, so baseAddress is never nil
        guard let count = Int32(exactly: items.count) else {
            throw ICUError(operation: "ulistfmt_format", code: ICUStatus.indexOutOfBounds)
        }
        return try units.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            let pointers: [UnsafePointer<hx_uchar>?] = offsets.map { base + $0 }
            return try pointers.withUnsafeBufferPointer { strings in
                try lengths.withUnsafeBufferPointer { lengths in
                    try handle.withLock { fmt in
                        try icuString("ulistfmt_format", initialCapacity: capacity) { out, capacity, status in
                            hx_ulistfmt_format(fmt, strings.baseAddress, lengths.baseAddress, count,
                                               out, capacity, status)
                        }
                    }
                }
            }
        }
    }
}
