import Synchronization

/// Values made once per key for the life of the process, at most `limit` of them
/// kept (past that, a value is made each time it is asked for): the keys come from
/// the files being checked, so the memo must not grow with them.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])
    let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    func value(for key: Key, make: (Key) -> Value) -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let made = make(key)
        values.withLock { if $0.count < limit { $0[key] = made } }
        return made
    }

    /// How many values are kept (for tests).
    var count: Int { values.withLock { $0.count } }
}
