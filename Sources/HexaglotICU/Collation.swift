import CICUShim

/// Locale-sensitive string order (ICU `ucol`, default attributes: tertiary
/// strength), for sorting country names, index entries and the like.
/// Sorting is stable.
public struct Collation: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String

    public init(locale: String) {
        self.locale = locale
    }

    /// The ICU sort key of `s` (without ICU's terminating 0 byte); comparing
    /// keys bytewise gives the same order as ``compare(_:_:)``.
    public func sortKey(_ s: String) throws -> [UInt8] {
        try resolved().sortKey(s)
    }

    /// -1, 0 or 1 as `a` sorts before, equal to, or after `b`.
    public func compare(_ a: String, _ b: String) throws -> Int {
        try resolved().compare(a, b)
    }

    /// `items` in this locale's order (stable).
    public func sorted(_ items: [String]) throws -> [String] {
        try resolved().sorted(items)
    }

    /// `items` ordered by `key(item)` in this locale's order; items with equal
    /// keys keep their relative order. `key` is called once per item.
    public func sorted<T>(_ items: [T], by key: (T) throws -> String) throws -> [T] {
        try resolved().sorted(items, by: key)
    }

    /// This locale's ICU collator, for sorting and comparing many times (see ``ResolvedCollation``).
    public func resolved() throws -> ResolvedCollation {
        ResolvedCollation(collator: try Self.cache.object(for: self) { try ICUCollator($0) })
    }

    static let cache = ICUCache<Collation, ICUCollator>()
}

/// A locale's ICU collator, looked up once: kept by a caller that sorts or compares many
/// times, it skips the cache on every call (as ``ResolvedNumberFormat``).
public struct ResolvedCollation: Sendable {
    let collator: ICUCollator

    /// The ICU sort key of `s` (without ICU's terminating 0 byte); comparing
    /// keys bytewise gives the same order as ``compare(_:_:)``.
    public func sortKey(_ s: String) throws -> [UInt8] {
        try withUTF16(s) { text, length in
            try collator.handle.withLock { coll in try ICUCollator.sortKey(coll, text, length) }
        }
    }

    /// -1, 0 or 1 as `a` sorts before, equal to, or after `b`.
    public func compare(_ a: String, _ b: String) throws -> Int {
        try withUTF16(a) { a, aLength in
            try withUTF16(b) { b, bLength in
                try collator.handle.withLock { coll in
                    Int(hx_ucol_strcoll(coll, a, aLength, b, bLength))
                }
            }
        }
    }

    /// `items` in this locale's order (stable).
    public func sorted(_ items: [String]) throws -> [String] {
        try sorted(items) { $0 }
    }

    /// `items` ordered by `key(item)` in this locale's order; items with equal
    /// keys keep their relative order. `key` is called once per item.
    public func sorted<T>(_ items: [T], by key: (T) throws -> String) throws -> [T] {
        let strings = try items.map(key)  // before taking the lock: `key` may use ICU too
        guard strings.count > 1 else { return items }
        // Every key in one UTF-16 buffer, converted once; then ucol_strcoll compares in place
        // (sort keys cost an allocation each, for a few dozen names).
        let order: [Int] = try withUTF16Items(strings) { base, spans in
            try collator.handle.withLock { coll in
                // Ties keep the items' order: a total order, so the result is stable.
                Array(spans.indices).sorted { i, j in
                    let c = hx_ucol_strcoll(coll, base + spans[i].start, spans[i].length, base + spans[j].start, spans[j].length)
                    return c != 0 ? c < 0 : i < j
                }
            }
        }
        return order.map { items[$0] }
    }
}

/// One ICU `UCollator`.
final class ICUCollator: Sendable {
    let handle: ICUHandle

    init(_ collation: Collation) throws {
        let locale = collation.locale
        try icuCheckLocale(locale)
        handle = try icuOpen("ucol_open", close: { hx_ucol_close($0) }) { status in
            hx_ucol_open(locale, status)
        }
    }

    /// ucol_getSortKey with preflight; call with the handle's lock held.
    static func sortKey(_ coll: OpaquePointer, _ text: UnsafePointer<hx_uchar>, _ length: Int32) throws -> [UInt8] {
        var key = [UInt8](repeating: 0, count: max(64, Int(length) * 4 + 16))
        while true {
            let capacity = Int32(clamping: key.count)
            let needed = key.withUnsafeMutableBufferPointer {
                hx_ucol_getSortKey(coll, text, length, $0.baseAddress, capacity)
            }
            guard needed > 0 else {  // 0 means ICU failed (it always writes a terminator)
                throw ICUError(operation: "ucol_getSortKey", code: ICUStatus.illegalArgument)
            }
            if needed <= capacity {
                return Array(key[..<(Int(needed) - 1)])  // drop the terminating 0
            }
            key = [UInt8](repeating: 0, count: Int(needed))
        }
    }
}
