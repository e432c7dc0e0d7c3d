import CICUShim

/// Word boundaries by ICU's word break iterator (`ubrk_open(UBRK_WORD)`),
/// as Unicode scalar offsets. For Chinese the iterator is dictionary-based:
/// "发展中国家" (developing countries) breaks as 发展|中|国家, so it holds no
/// word "中国" (China).
///
///     try WordBreaks(locale: "zh").words(in: "发展中国家")  // [0..<2, 2..<3, 3..<5]
public struct WordBreaks: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String

    public init(locale: String) {
        self.locale = locale
    }

    /// What a segment between two boundaries holds (ICU's rule status).
    public enum Segment: Hashable, Sendable {
        /// Spaces, punctuation, symbols (UBRK_WORD_NONE).
        case none
        /// Digits (UBRK_WORD_NUMBER).
        case number
        /// Letters (UBRK_WORD_LETTER), kana or ideographs (UBRK_WORD_KANA, UBRK_WORD_IDEO).
        case word
    }

    /// Every boundary of `text`, 0 and the end included, in scalars.
    public func boundaries(in text: String) throws -> [Int] {
        try boundaries(in: Array(text.unicodeScalars))
    }

    public func boundaries(in scalars: [Unicode.Scalar]) throws -> [Int] {
        try segments(in: scalars).boundaries
    }

    /// The ranges that are words or numbers (not spaces or punctuation).
    public func words(in text: String) throws -> [Range<Int>] {
        let (boundaries, kinds) = try segments(in: Array(text.unicodeScalars))
        return zip(boundaries, boundaries.dropFirst()).enumerated().compactMap { k, pair in
            kinds[k + 1] == .none ? nil : pair.0..<pair.1
        }
    }

    /// Boundaries, and for each the kind of the segment ending there (`.none` for 0).
    public func segments(in scalars: [Unicode.Scalar]) throws -> (boundaries: [Int], kinds: [Segment]) {
        guard !scalars.isEmpty else { return ([0], [.none]) }
        var units: [hx_uchar] = []
        units.reserveCapacity(scalars.count + 1)
        // The scalar offset of every UTF-16 index that starts a scalar.
        var scalarAt: [Int32] = []
        scalarAt.reserveCapacity(scalars.count + 1)
        for (k, scalar) in scalars.enumerated() {
            scalarAt.append(Int32(k))
            if scalar.value > 0xFFFF {
                scalarAt.append(Int32(k))
                let v = scalar.value - 0x10000
                units.append(hx_uchar(0xD800 + (v >> 10)))
                units.append(hx_uchar(0xDC00 + (v & 0x3FF)))
            } else {
                units.append(hx_uchar(scalar.value))
            }
        }
        scalarAt.append(Int32(scalars.count))
        guard let count = Int32(exactly: units.count) else {
            throw ICUError(operation: "ubrk_setText", code: ICUStatus.indexOutOfBounds)
        }
        let iterator = try ICUWordBreaker.cached(locale)
        let (raw, status) = try iterator.boundaries(units, count: count)
        var boundaries: [Int] = []
        var kinds: [Segment] = []
        boundaries.reserveCapacity(raw.count)
        for (p, s) in zip(raw, status) {
            let offset = Int(scalarAt[Int(p)])
            if let last = boundaries.last, last == offset { continue }
            boundaries.append(offset)
            kinds.append(s >= 200 ? .word : s >= 100 ? .number : .none)
        }
        return (boundaries, kinds)
    }
}

/// One ICU word break iterator, its text set under the handle's lock.
final class ICUWordBreaker: Sendable {
    private let handle: ICUHandle

    /// Bounded: locales come from the files being checked.
    static let cache = ICUCache<String, ICUWordBreaker>(limit: 32)

    static func cached(_ locale: String) throws -> ICUWordBreaker {
        try cache.object(for: locale) { try ICUWordBreaker($0) }
    }

    init(_ locale: String) throws {
        try icuCheckLocale(locale)
        handle = try icuOpen("ubrk_open", close: { hx_ubrk_close($0) }) { status in
            hx_ubrk_open_word(locale, status)
        }
    }

    /// Boundaries (UTF-16 indices) and rule statuses of `units`.
    func boundaries(_ units: [hx_uchar], count: Int32) throws -> ([Int32], [Int32]) {
        try handle.withLock { brk in
            try units.withUnsafeBufferPointer { text in
                try icuCall("ubrk_setText") { status in hx_ubrk_setText(brk, text.baseAddress!, count, status) }
                // A boundary can fall at most at every unit, and the end.
                var capacity = min(Int(count) + 1, 1024)
                while true {
                    var boundaries = [Int32](repeating: 0, count: capacity)
                    var statuses = [Int32](repeating: 0, count: capacity)
                    var status = ICUStatus.zero
                    let n = hx_ubrk_boundaries(brk, &boundaries, &statuses, Int32(capacity), &status)
                    if status == ICUStatus.bufferOverflow, Int(n) > capacity {
                        capacity = Int(n)
                        continue
                    }
                    try icuCheck(status, "ubrk_next")
                    // Leave no pointer to this buffer behind.
                    var empty: hx_uchar = 0
                    var reset = ICUStatus.zero
                    hx_ubrk_setText(brk, &empty, 0, &reset)
                    return (Array(boundaries[..<Int(n)]), Array(statuses[..<Int(n)]))
                }
            }
        }
    }
}
