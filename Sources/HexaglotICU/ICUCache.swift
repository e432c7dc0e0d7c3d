import Synchronization

/// A process-wide cache of ICU objects, one per distinct signature (`Key`),
/// guarded by a `Mutex` and bounded by count, as swift-foundation's
/// `FormatterCache` is (it empties itself past 100 entries; this drops only the
/// least recently used object past `limit`). Signatures can come from input, such as a checked file's
/// locale, so no cache may grow with them. Objects are created outside the
/// lock; if two tasks race to create the same key, the first one stored wins
/// and both get it. Failed creations are not cached. An object dropped from
/// the cache lives on while a caller still holds it.
final class ICUCache<Key: Hashable & Sendable, Object: AnyObject & Sendable>: Sendable {
    /// Enough for every locale and style the six languages render with, several times over.
    static var defaultLimit: Int { 128 }

    private let entries: Mutex<LeastRecentlyUsed<Key, Object>>
    /// The most objects kept.
    let limit: Int

    init(limit: Int = ICUCache.defaultLimit) {
        precondition(limit > 0)
        self.limit = limit
        entries = Mutex(LeastRecentlyUsed(limit: limit))
    }

    func object(for key: Key, create: (Key) throws -> Object) throws -> Object {
        if let cached = entries.withLock({ $0.value(for: key) }) { return cached }
        let created = try create(key)
        return entries.withLock { entries in
            if let winner = entries.value(for: key) { return winner }
            entries.insert(created, for: key)
            return created
        }
    }

    /// Number of cached objects (for tests).
    var count: Int { entries.withLock { $0.count } }

    /// Whether `key` is cached, without counting as a use (for tests).
    func contains(_ key: Key) -> Bool { entries.withLock { $0.contains(key) } }
}

/// At most `limit` values by key; reading a value makes it the most recently
/// used, inserting past the limit drops the least recently used. Each slot
/// keeps the tick of its last use: a hit (every call of a formatter) only
/// stamps its slot, and an insertion past the limit (an ICU object opened, far
/// dearer) looks for the oldest stamp. Also the bound of the renderer's memo of
/// terms by language pack.
public struct LeastRecentlyUsed<Key: Hashable, Value> {
    private struct Slot {
        var key: Key
        var value: Value
        var lastUse: UInt64
    }

    private static var scanned: Int { 8 }
    private var slots: [Slot] = []
    private var index: [Key: Int] = [:]
    private var tick: UInt64 = 0
    public let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    public var count: Int { slots.count }

    public func contains(_ key: Key) -> Bool { index[key] != nil }

    public mutating func value(for key: Key) -> Value? {
        guard let slot = find(key) else { return nil }
        tick += 1
        slots[slot].lastUse = tick
        return slots[slot].value
    }

    public mutating func insert(_ value: Value, for key: Key) {
        tick += 1
        if let slot = find(key) {
            slots[slot].value = value
            slots[slot].lastUse = tick
            return
        }
        let slot: Int
        if slots.count < limit {
            slot = slots.count
            slots.append(Slot(key: key, value: value, lastUse: tick))
        } else {
            slot = slots.indices.min { slots[$0].lastUse < slots[$1].lastUse }!
            index[slots[slot].key] = nil
            slots[slot] = Slot(key: key, value: value, lastUse: tick)
        }
        index[key] = slot
    }

    /// While few keys are held, by equality (cheaper than hashing one key); then by hash.
    private func find(_ key: Key) -> Int? {
        guard slots.count > Self.scanned else {
            for slot in slots.indices where slots[slot].key == key { return slot }
            return nil
        }
        return index[key]
    }
}
