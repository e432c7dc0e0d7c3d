/// Conversions between strings and arrays of scalars, which the readers and the
/// checker make for every line and node. The standard library's generic paths
/// (`Array(s.unicodeScalars)`, `String(String.UnicodeScalarView(slice))`) were a
/// quarter of a check's time; these go through UTF-8 bytes in one pass.
extension StringProtocol {
    /// The scalars as an array (inlinable: specialized for `String` and `Substring` where called),
    /// decoded from the UTF-8 bytes into the array's storage: appending each scalar from the
    /// scalar view was 4 % of a warm check.
    @inlinable public var scalarArray: [Unicode.Scalar] {
        if let decoded = utf8.withContiguousStorageIfAvailable(Self.scalars(ofUTF8:)) { return decoded }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { result.append(scalar) }
        return result
    }

    /// How many scalars the string has, counted on its UTF-8 bytes (each scalar's first byte is
    /// the one that is no continuation byte), without decoding them as the scalar view's count does.
    @inlinable public var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
            ?? unicodeScalars.count
    }

    /// The scalars of valid UTF-8 (as every string's bytes are).
    @inlinable static func scalars(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, initialized in
            var i = 0, n = 0
            while i < bytes.count {
                let lead = UInt32(bytes[i])
                let value: UInt32
                if lead < 0x80 {
                    value = lead
                    i += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                // A string's bytes are valid UTF-8, so every value decoded is a scalar.
                out.initializeElement(at: n, to: Unicode.Scalar(value).unsafelyUnwrapped)
                n += 1
            }
            initialized = n
        }
    }
}

extension String {
    /// A string of these scalars.
    public init(scalars: [Unicode.Scalar]) {
        self = scalars.withUnsafeBufferPointer(String.init(scalarBuffer:))
    }

    public init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer(String.init(scalarBuffer:))
    }

    public init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        self = Array(scalars).withUnsafeBufferPointer(String.init(scalarBuffer:))
    }

    private init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { out in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case ..<0x80:
                    out[n] = UInt8(v); n += 1
                case ..<0x800:
                    out[n] = 0xC0 | UInt8(v >> 6); out[n + 1] = 0x80 | UInt8(v & 0x3F); n += 2
                case ..<0x10000:
                    out[n] = 0xE0 | UInt8(v >> 12); out[n + 1] = 0x80 | UInt8(v >> 6 & 0x3F)
                    out[n + 2] = 0x80 | UInt8(v & 0x3F); n += 3
                default:
                    out[n] = 0xF0 | UInt8(v >> 18); out[n + 1] = 0x80 | UInt8(v >> 12 & 0x3F)
                    out[n + 2] = 0x80 | UInt8(v >> 6 & 0x3F); out[n + 3] = 0x80 | UInt8(v & 0x3F); n += 4
                }
            }
            return n
        }
    }

    /// The string's lines (split at LF only; inputs are decoded with CR turned into LF),
    /// found by bytes: `split(separator:)` on characters costs ten times as much, and
    /// stepping the UTF-8 view's indices three times as much as the bytes in storage.
    public var lines: [Substring] {
        // Offsets of the line feeds, found in the bytes' storage (else by the view).
        let newlines: [Int] = utf8.withContiguousStorageIfAvailable({ bytes in bytes.indices.filter { bytes[$0] == 0x0A } })
            ?? utf8.indices.filter { utf8[$0] == 0x0A }.map { utf8.distance(from: utf8.startIndex, to: $0) }
        var result: [Substring] = []
        result.reserveCapacity(newlines.count + 1)
        var start = utf8.startIndex
        for offset in newlines {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(self[start..<newline])
            start = utf8.index(after: newline)
        }
        result.append(self[start..<utf8.endIndex])
        return result
    }
}

extension String {
    /// Whether `needle` occurs in the string, compared byte for byte (no
    /// Unicode equivalence): a quick test before a costlier search.
    public func containsBytes(of needle: String) -> Bool {
        var haystack = self, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                var i = 0
                while i <= h.count - n.count {
                    if h[i] == first, n.indices.allSatisfy({ h[i + $0] == n[$0] }) { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
