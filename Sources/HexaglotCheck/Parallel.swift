import Dispatch

/// Work over independent items (the versions of a check, the rules) spread
/// over the machine's cores, with results and the first error in the items' order,
/// so that output does not depend on scheduling.
enum Parallel {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) throws -> Result
    ) throws -> [Result] {
        let slots = Slots<Swift.Result<Result, any Error>>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots[i] = Swift.Result { try transform(items[i]) }
        }
        return try slots.values.map { try $0!.get() }
    }

    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots[i] = transform(items[i]) }
        return slots.values.map { $0! }
    }
}

extension Parallel {
    /// The async path: each item a child task, so a caller on Swift concurrency (the service) never
    /// blocks one of the pool's threads waiting for the others; results in the items' order.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) throws -> Result
    ) async throws -> [Result] {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            for (i, item) in items.enumerated() { group.addTask { (i, try transform(item)) } }
            var results = [Result?](repeating: nil, count: items.count)
            for try await (i, result) in group { results[i] = result }
            return results.map { $0! }
        }
    }

    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        await withTaskGroup(of: (Int, Result).self) { group in
            for (i, item) in items.enumerated() { group.addTask { (i, transform(item)) } }
            var results = [Result?](repeating: nil, count: items.count)
            for await (i, result) in group { results[i] = result }
            return results.map { $0! }
        }
    }
}

/// One slot per iteration; each is written by exactly one iteration and read
/// after `concurrentPerform` returns, so no lock is needed (the slots live in
/// raw memory: an array property would be one shared, exclusively accessed value).
private final class Slots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(i: Int) -> Value? {
        get { base[i] }
        set { base[i] = newValue }
    }

    var values: [Value?] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
