import CICUShim

// String <-> UTF-16 conversion for ICU, in one place.

/// Calls `body` with a NUL-terminated UTF-16 copy of `string` and its length
/// in code units (excluding the terminator).
func withUTF16<R>(
    _ string: String,
    _ body: (UnsafePointer<hx_uchar>, Int32) throws -> R
) throws -> R {
    var units = Array(string.utf16)
    guard let length = Int32(exactly: units.count), length < Int32.max else {
        throw ICUError(operation: "UTF-16 conversion", code: ICUStatus.indexOutOfBounds)
    }
    units.append(0)
    return try units.withUnsafeBufferPointer { try body($0.baseAddress!, length) }
}

/// Decodes UTF-16 code units into a `String` (ill-formed units become U+FFFD).
/// Transcodes straight into the string's UTF-8 storage: the standard library's
/// generic `String(decoding:as: UTF16.self)` took two thirds of a number format.
func decodeUTF16(_ units: UnsafeBufferPointer<hx_uchar>) -> String {
    String(unsafeUninitializedCapacity: units.count * 3) { utf8 in
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
