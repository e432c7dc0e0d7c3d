import CICUShim

// String <-> UTF-16 conversion for ICU, in one place.

/// Calls `body` with a NUL-terminated UTF-16 copy of `string` and its length
/// in code units (excluding the terminator).
func withUTF16<R>(
    _ string: String,
    _ body: (UnsafePointer<hx_uchar>, Int32) throws -> R
) throws -> R {
    var string = string
    return try string.withUTF8 { bytes in
        // On the stack while small: no array per call.
        try withUnsafeTemporaryAllocation(of: hx_uchar.self, capacity: bytes.count + 1) { buffer in
            let count = transcodeUTF16(bytes, into: buffer.baseAddress!)
            guard let length = Int32(exactly: count), length < Int32.max else {
                throw ICUError(operation: "UTF-16 conversion", code: ICUStatus.indexOutOfBounds)
            }
            buffer[count] = 0
            return try body(buffer.baseAddress!, length)
        }
    }
}

/// Appends the UTF-16 code units of `string` to `units`, transcoding its UTF-8
/// storage directly (a Swift string is always valid UTF-8): iterating
/// `String.UTF16View` was most of the time of formatting a list of names, and
/// appending unit by unit (a uniqueness and capacity check each) half of the rest.
func appendUTF16(_ string: String, to units: inout [hx_uchar]) {
    var string = string
    string.withUTF8 { bytes in
        guard !bytes.isEmpty else { return }
        let start = units.count
        // At most one UTF-16 unit per UTF-8 byte: room first, the surplus dropped after.
        units.append(contentsOf: repeatElement(0, count: bytes.count))
        let written = units.withUnsafeMutableBufferPointer { transcodeUTF16(bytes, into: $0.baseAddress! + start) }
        units.removeLast(bytes.count - written)
    }
}

/// Calls `body` with every one of `strings` in UTF-16, one after another in one
/// buffer, and where each one starts and how many units it has: what ICU takes for
/// a list of items. Buffers on the stack while small, so nothing is allocated per call.
func withUTF16Items<R>(
    _ strings: [String],
    _ body: (UnsafePointer<hx_uchar>, UnsafeBufferPointer<(start: Int, length: Int32)>) throws -> R
) throws -> R {
    let total = strings.reduce(1) { $0 + $1.utf8.count }  // at most a unit per UTF-8 byte
    return try withUnsafeTemporaryAllocation(of: hx_uchar.self, capacity: total) { units in
        try withUnsafeTemporaryAllocation(of: (start: Int, length: Int32).self, capacity: strings.count) { spans in
            var used = 0
            for (i, string) in strings.enumerated() {
                var string = string
                let written = string.withUTF8 { transcodeUTF16($0, into: units.baseAddress! + used) }
                guard let length = Int32(exactly: written) else {
                    throw ICUError(operation: "UTF-16 conversion", code: ICUStatus.indexOutOfBounds)
                }
                spans[i] = (used, length)
                used += written
            }
            return try body(UnsafePointer(units.baseAddress!), UnsafeBufferPointer(spans))
        }
    }
}

/// Writes the UTF-16 form of valid UTF-8 `bytes` to `out`, which has room for
/// `bytes.count` units (never fewer bytes than units); returns the units written.
func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<hx_uchar>) -> Int {
    var i = 0, o = 0
    while i < bytes.count {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
            out[o] = hx_uchar(b0)
            o += 1
            i += 1
            continue
        }
        let scalar: UInt32
        if b0 < 0xE0 {
            scalar = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            i += 2
        } else if b0 < 0xF0 {
            scalar = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            i += 3
        } else {
            scalar = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            i += 4
        }
        if scalar < 0x10000 {
            out[o] = hx_uchar(scalar)
            o += 1
        } else {
            out[o] = hx_uchar(0xD800 + (scalar - 0x10000) >> 10)
            out[o + 1] = hx_uchar(0xDC00 + (scalar - 0x10000) & 0x3FF)
            o += 2
        }
    }
    return o
}

/// Decodes UTF-16 code units into a `String` (ill-formed units become U+FFFD).
/// Transcodes straight into the string's UTF-8 storage: the standard library's
/// generic `String(decoding:as: UTF16.self)` took two thirds of a number format.
func decodeUTF16(_ units: UnsafeBufferPointer<hx_uchar>) -> String {
    // The exact UTF-8 length first: a result of up to 15 bytes ("1,234,567") is
    // then made as a small string, without a heap allocation.
    var length = 0
    var k = 0
    while k < units.count {
        let unit = units[k]
        k += 1
        if unit < 0x80 { length += 1 } else if unit < 0x800 { length += 2 } else if unit & 0xFC00 == 0xD800, k < units.count,
            units[k] & 0xFC00 == 0xDC00 { length += 4; k += 1 } else { length += 3 }  // a lone surrogate becomes U+FFFD
    }
    return String(unsafeUninitializedCapacity: length) { utf8 in
        var out = 0
        func put(_ byte: UInt32) { utf8[out] = UInt8(truncatingIfNeeded: byte); out += 1 }
        var i = 0
        while i < units.count {
            var scalar = UInt32(units[i])
            i += 1
            if scalar < 0x80 { put(scalar); continue }
            if scalar & 0xFC00 == 0xD800, i < units.count, units[i] & 0xFC00 == 0xDC00 {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                i += 1
            } else if scalar & 0xF800 == 0xD800 {
                scalar = 0xFFFD  // a lone surrogate
            }
            if scalar < 0x800 {
                put(0xC0 | scalar >> 6)
            } else if scalar < 0x10000 {
                put(0xE0 | scalar >> 12); put(0x80 | (scalar >> 6) & 0x3F)
            } else {
                put(0xF0 | scalar >> 18); put(0x80 | (scalar >> 12) & 0x3F); put(0x80 | (scalar >> 6) & 0x3F)
            }
            put(0x80 | scalar & 0x3F)
        }
        return out
    }
}

/// Runs an ICU "fill a UTF-16 buffer" function and returns its text, never
/// truncated: `fill(buffer, capacity, status)` returns the full length; on
/// `U_BUFFER_OVERFLOW_ERROR` it is called again with a buffer of that size.
func icuString(
    _ operation: String,
    initialCapacity: Int = 128,
    _ fill: (UnsafeMutablePointer<hx_uchar>, Int32, UnsafeMutablePointer<hx_status>) -> Int32
) throws -> String {
    var capacity = max(initialCapacity, 1)
    while true {
        var status = ICUStatus.zero
        var needed: Int32 = 0
        let text: String? = withUnsafeTemporaryAllocation(of: hx_uchar.self, capacity: capacity) { buffer in
            needed = fill(buffer.baseAddress!, Int32(capacity), &status)
            guard status <= ICUStatus.zero, needed >= 0, Int(needed) <= capacity else {
                return nil
            }
            return decodeUTF16(UnsafeBufferPointer(rebasing: buffer[..<Int(needed)]))
        }
        if let text { return text }
        if status == ICUStatus.bufferOverflow || (status <= ICUStatus.zero && Int(needed) > capacity) {
            guard needed < Int32.max else {
                throw ICUError(operation: operation, code: ICUStatus.bufferOverflow)
            }
            // Preflight told us the exact size; +1 leaves room for ICU's NUL.
            capacity = max(Int(needed) + 1, capacity + 1)
            continue
        }
        try icuCheck(status, operation)
        throw ICUError(operation: operation, code: ICUStatus.internalProgramError)
    }
}
