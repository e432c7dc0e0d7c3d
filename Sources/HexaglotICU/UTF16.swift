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
            let count = try transcodeUTF16(bytes, into: buffer.baseAddress!)
            guard let length = Int32(exactly: count), length < Int32.max else {
                throw ICUError(operation: "UTF-16 conversion", code: ICUStatus.indexOutOfBounds)
            }
            buffer[count] = 0
            return try body(buffer.baseAddress!, length)
        }
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
                let written = try string.withUTF8 { try transcodeUTF16($0, into: units.baseAddress! + used) }
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
/// ICU's converter, as the C floor uses: its ASCII loop is several times faster
/// than a unit-by-unit Swift one on the long lists of names a render joins.
/// Text of 2 GiB or more, past ICU's 32-bit lengths, throws.
func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<hx_uchar>) throws -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    guard let length = Int32(exactly: bytes.count) else {
        throw ICUError(operation: "UTF-16 conversion", code: ICUStatus.indexOutOfBounds)
    }
    var status = ICUStatus.zero
    let written = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        hx_u_strFromUTF8(out, length, $0, length, &status)
    }
    // Valid UTF-8 into room for as many units as bytes cannot fail.
    precondition(status <= ICUStatus.zero && written <= length, "u_strFromUTF8 failed on a Swift string")
    return Int(written)
}

/// Decodes UTF-16 code units into a `String` (ill-formed units become U+FFFD),
/// by ICU's converter into a buffer on the stack (while small), then one copy
/// into the string: a result of up to 15 bytes ("1,234,567") is a small string,
/// without a heap allocation.
func decodeUTF16(_ units: UnsafeBufferPointer<hx_uchar>) -> String {
    guard let base = units.baseAddress, !units.isEmpty else { return "" }
    // A unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4).
    let capacity = units.count * 3
    guard let length = Int32(exactly: units.count), let room = Int32(exactly: capacity) else {
        return String(decoding: units, as: UTF16.self)
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { utf8 in
        var status = ICUStatus.zero
        let written = utf8.withMemoryRebound(to: CChar.self) { hx_u_strToUTF8($0.baseAddress!, room, base, length, &status) }
        precondition(status <= ICUStatus.zero && written <= room, "u_strToUTF8 failed with room for every unit")
        return String(unsafeUninitializedCapacity: Int(written)) { string in
            string.baseAddress!.update(from: utf8.baseAddress!, count: Int(written))
            return Int(written)
        }
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
