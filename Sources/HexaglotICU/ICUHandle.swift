import CICUShim
import Synchronization

/// Owns one ICU object (an opaque `hx_…` handle) and serializes every use of
/// it: ICU formatters, collators and the like are not thread-safe, so all
/// calls go through ``withLock(_:)``. The handle is closed when the owner is
/// deallocated.
final class ICUHandle: Sendable {
    private let pointer: Mutex<OpaquePointer>
    private let close: @Sendable (OpaquePointer) -> Void

    /// Takes ownership of `pointer`; `close` releases it.
    init(_ pointer: sending OpaquePointer, close: @escaping @Sendable (OpaquePointer) -> Void) {
        self.pointer = Mutex(pointer)
        self.close = close
    }

    /// Calls `body` with the ICU object while holding this handle's lock.
    func withLock<R: Sendable>(_ body: (OpaquePointer) throws -> R) throws -> R {
        try pointer.withLock { try body($0) }
    }

    deinit {
        pointer.withLock { close($0) }
    }
}

/// Opens an ICU object with `open(status)`, checking the status; a failed
/// open never leaks (the shim closes partial objects) and never returns nil.
func icuOpen(
    _ operation: String,
    close: @escaping @Sendable (OpaquePointer) -> Void,
    _ open: (UnsafeMutablePointer<hx_status>) -> OpaquePointer?
) throws -> ICUHandle {
    var status = ICUStatus.zero
    let pointer = open(&status)
    if status > ICUStatus.zero {
        if let pointer { close(pointer) }
        try icuCheck(status, operation)
    }
    guard let pointer else {
        throw ICUError(operation: operation, code: ICUStatus.internalProgramError)
    }
    return ICUHandle(pointer, close: close)
}

/// A process-wide cache of ICU objects, one per distinct signature (`Key`),
/// guarded by a `Mutex`. Objects are created outside the lock; if two tasks
/// race to create the same key, the first one stored wins and both get it.
/// Failed creations are not cached. Entries live for the whole process (the
/// number of distinct locale/skeleton signatures a renderer uses is small);
/// a cache made with a `limit` keeps at most that many, and past it hands out
/// new objects uncached (signatures that come from input, such as a checked
/// file's locale, cannot grow it without bound).
final class ICUCache<Key: Hashable & Sendable, Object: AnyObject & Sendable>: Sendable {
    private struct Entries {
        /// The first few keys, searched by equality: comparing a handful of short
        /// locale strings costs less than hashing one key, and most callers use few.
        var first: [(key: Key, object: Object)] = []
        var all: [Key: Object] = [:]

        func lookup(_ key: Key) -> Object? {
            for entry in first where entry.key == key { return entry.object }
            return first.count < ICUCache.scanned ? nil : all[key]
        }

        mutating func insert(_ key: Key, _ object: Object) {
            if first.count < ICUCache.scanned { first.append((key, object)) }
            all[key] = object
        }
    }

    private static var scanned: Int { 8 }
    private let entries = Mutex(Entries())
    /// The most objects kept.
    let limit: Int

    init(limit: Int = .max) {
        self.limit = limit
    }

    func object(for key: Key, create: (Key) throws -> Object) throws -> Object {
        if let cached = entries.withLock({ $0.lookup(key) }) { return cached }
        let created = try create(key)
        return entries.withLock { entries in
            if let winner = entries.lookup(key) { return winner }
            guard entries.all.count < limit else { return created }
            entries.insert(key, created)
            return created
        }
    }

    /// Number of cached objects (for tests).
    var count: Int { entries.withLock { $0.all.count } }
}
