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

    /// The items joined; an empty list gives "" (without opening an ICU formatter).
    public func format(_ items: [String]) throws -> String {
        if items.isEmpty { return "" }
        return try resolved().format(items)
    }

    /// This style's ICU formatter, for joining many lists (see ``ResolvedListFormat``).
    public func resolved() throws -> ResolvedListFormat {
        ResolvedListFormat(formatter: try Self.cache.object(for: self) { try ICUListFormatter($0) })
    }

    static let cache = ICUCache<ListFormat, ICUListFormatter>()
}

/// A list style's ICU formatter, looked up once: kept by a caller that joins many lists
/// in one style, it skips the cache on every call (as ``ResolvedNumberFormat``).
public struct ResolvedListFormat: Sendable {
    let formatter: ICUListFormatter

    /// The items joined; an empty list gives "".
    public func format(_ items: [String]) throws -> String {
        if items.isEmpty { return "" }
        return try formatter.format(items)
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
        guard let count = Int32(exactly: items.count) else {
            throw ICUError(operation: "ulistfmt_format", code: ICUStatus.indexOutOfBounds)
        }
        // All items in one UTF-16 buffer, ICU given a pointer and length per item.
        return try withUTF16Items(items) { units, spans in
            try withUnsafeTemporaryAllocation(of: UnsafePointer<hx_uchar>?.self, capacity: spans.count) { strings in
                try withUnsafeTemporaryAllocation(of: Int32.self, capacity: spans.count) { lengths in
                    for (i, span) in spans.enumerated() {
                        strings[i] = units + span.start
                        lengths[i] = span.length
                    }
                    // Room for the items and the words between them: ICU formats once instead of twice.
                    let capacity = spans.reduce(0) { $0 + Int($1.length) } + 32 * items.count + 64
                    return try handle.withLock { fmt in
                        try icuString("ulistfmt_format", initialCapacity: capacity) { out, capacity, status in
                            hx_ulistfmt_format(fmt, strings.baseAddress, lengths.baseAddress, count, out, capacity, status)
                        }
                    }
                }
            }
        }
    }
}
