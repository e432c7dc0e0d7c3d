import Foundation  // log2
import HexaglotTree

/// Aligns the divisions of parallel versions by sequence, not by printed
/// number: a dynamic-programming alignment (Needleman–Wunsch) that weighs each
/// pair's kinds, numbers, facts and lengths, so that an inserted, deleted or
/// moved division is one gap at its place and nothing after it shifts. The
/// table is banded around the diagonal, so the cost grows with the document's
/// length times the band, not with its square.
enum Alignment {
    /// What the alignment knows of one division.
    struct Item {
        var kind: DivisionKind
        var number: [Int]?
        /// Sorted fact values ("number:0.7", "date:2019-11-06").
        var facts: [String]
        var footnotes: Int
        /// Scalars of text, Han characters counted twice (a Han character says about as much as two Latin letters).
        var length: Int
    }

    enum Step: Equatable {
        case match(Int, Int)
        /// The reference's division has no counterpart in the version.
        case onlyReference(Int)
        /// The version's division has no counterpart in the reference.
        case onlyVersion(Int)
    }

    /// What a gap costs: a pair costs less than two gaps whenever it is more than a bit alike.
    static let gapCost = 0.55

    static func align(_ a: [Item], _ b: [Item]) -> [Step] {
        if a.count == b.count, zip(a, b).allSatisfy({ $0.kind == $1.kind && $0.number == $1.number && ($0.number != nil || $0.facts == $1.facts) }) {
            return a.indices.map { .match($0, $0) }  // the usual case: the versions run in step
        }
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return a.indices.map { .onlyReference($0) } + b.indices.map { .onlyVersion($0) } }
        let ratio = Double(b.reduce(0) { $0 + $1.length } + 1) / Double(a.reduce(0) { $0 + $1.length } + 1)
        let band = max(40, abs(n - m) + 40)
        // cost[i][j] over the band: j runs from lo(i) to hi(i).
        func center(_ i: Int) -> Int { n == 0 ? 0 : i * m / n }
        func lo(_ i: Int) -> Int { max(0, center(i) - band) }
        func hi(_ i: Int) -> Int { min(m, center(i) + band) }
        var cost: [[Double]] = []
        var move: [[UInt8]] = []  // 0 diagonal, 1 up (onlyReference), 2 left (onlyVersion)
        cost.reserveCapacity(n + 1)
        move.reserveCapacity(n + 1)
        for i in 0...n {
            let l = lo(i), h = hi(i)
            var row = [Double](repeating: .infinity, count: h - l + 1)
            var moves = [UInt8](repeating: 0, count: h - l + 1)
            for j in l...h {
                if i == 0 && j == 0 { row[0] = 0; continue }
                var best = Double.infinity, step: UInt8 = 0
                if i > 0, j > 0, let d = value(cost, lo, i - 1, j - 1) {
                    let c = d + pairCost(a[i - 1], b[j - 1], ratio: ratio)
                    if c < best { best = c; step = 0 }
                }
                if i > 0, let u = value(cost, lo, i - 1, j) {
                    let c = u + gapCost
                    if c < best { best = c; step = 1 }
                }
                if j > l, row[j - 1 - l] + gapCost < best {
                    best = row[j - 1 - l] + gapCost
                    step = 2
                }
                row[j - l] = best
                moves[j - l] = step
            }
            cost.append(row)
            move.append(moves)
        }
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let step = (j >= lo(i) && j <= hi(i)) ? move[i][j - lo(i)] : (i > 0 ? 1 : 2)
            switch step {
            case 0 where i > 0 && j > 0: steps.append(.match(i - 1, j - 1)); i -= 1; j -= 1
            case 1 where i > 0: steps.append(.onlyReference(i - 1)); i -= 1
            default: steps.append(.onlyVersion(j - 1)); j -= 1
            }
        }
        return steps.reversed()
    }

    private static func value(_ cost: [[Double]], _ lo: (Int) -> Int, _ i: Int, _ j: Int) -> Double? {
        let l = lo(i)
        guard j >= l, j - l < cost[i].count else { return nil }
        let v = cost[i][j - l]
        return v.isFinite ? v : nil
    }

    /// 0 for two divisions that are surely each other's translation, up to 1.2 for two that surely are not.
    static func pairCost(_ a: Item, _ b: Item, ratio: Double) -> Double {
        var cost = 0.5
        cost += a.kind == b.kind ? -0.15 : (a.kind.isHeaded == b.kind.isHeaded ? 0 : 0.3)
        switch (a.number, b.number) {
        case let (x?, y?): cost += x == y ? -0.25 : 0.1
        case (nil, nil): break
        default: cost += 0.15
        }
        if !a.facts.isEmpty || !b.facts.isEmpty {
            let shared = sharedCount(a.facts, b.facts)
            let total = max(a.facts.count, b.facts.count)
            cost += shared == 0 ? 0.2 : -0.3 * Double(shared) / Double(total)
        }
        if a.footnotes != b.footnotes { cost += 0.05 }
        // Lengths, against the versions' overall ratio: 0 when in proportion, up to 0.4 when far off.
        let expected = Double(a.length + 8) * ratio
        let actual = Double(b.length + 8)
        let logRatio = abs(log2(actual / expected))
        // In steps of 0.05, so that an edit elsewhere, which moves the overall ratio a little,
        // does not tip the alignment of a stretch where the versions differ.
        cost += (min(0.4, 0.25 * logRatio) / 0.05).rounded() * 0.05 - 0.1
        return max(0, cost)
    }

    /// How many values two sorted lists share (as multisets).
    static func sharedCount(_ a: [String], _ b: [String]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}
