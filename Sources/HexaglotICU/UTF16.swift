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
func decodeUTF16(_ units: UnsafeBufferPointer<hx_uchar>) -> String {
    String(decoding: units, as: UTF16.self)
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
