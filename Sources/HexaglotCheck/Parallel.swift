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
    /// `transform` of every node of every version (with the version's index), in runs of nodes
    /// spread over the cores: six versions of unequal length on two cores, one version an item,
    /// would leave one core idle at the end. By version, then in the order of its `nodes`.
    static func mapNodes<Result: Sendable>(
        of versions: [Version], run: Int = 256, _ transform: @Sendable (_ version: Int, _ node: AlignedNode) -> Result
    ) -> [[Result]] {
        // The versions' runs taken in turn (first runs, then second runs …): the cores work on
        // different languages at once, so they do not queue for one language's ICU objects
        // (each is used under its lock), as they did taking one version's runs after another.
        let runs = versions.map { ($0.nodes.count + run - 1) / run }
        let work = (0..<(runs.max() ?? 0)).flatMap { r in versions.indices.filter { r < runs[$0] }.map { ($0, r * run) } }
        let done = map(work) { v, start in
            versions[v].nodes[start..<min(start + run, versions[v].nodes.count)].map { transform(v, $0) }
        }
        var results = versions.map { _ in [Result]() }
        for ((v, _), part) in zip(work, done) { results[v] += part }
        return results
    }

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
