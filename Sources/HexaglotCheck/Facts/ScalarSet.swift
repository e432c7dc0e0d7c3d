/// A set of scalars asked about once per scalar of a text: a bitmap over the
/// Basic Multilingual Plane (no hashing), a `Set` beyond it.
struct ScalarSet: Sendable {
    private var bits: [UInt64]
    private var astral: Set<Unicode.Scalar> = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        bits = []
        for c in scalars { insert(c) }
    }

    mutating func insert(_ c: Unicode.Scalar) {
        guard c.value <= 0xFFFF else { astral.insert(c); return }
        let word = Int(c.value >> 6)
        if bits.count <= word { bits += [UInt64](repeating: 0, count: word + 1 - bits.count) }
        bits[word] |= 1 << UInt64(c.value & 63)
    }

    @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
        let word = Int(c.value >> 6)
        if c.value <= 0xFFFF { return word < bits.count && bits[word] & (1 << UInt64(c.value & 63)) != 0 }
        return astral.contains(c)
    }

    var isEmpty: Bool { bits.isEmpty && astral.isEmpty }  // bits grow only to hold a scalar
}
