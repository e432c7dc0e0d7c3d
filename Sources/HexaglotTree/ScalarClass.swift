/// The Unicode properties the readers and the checker ask of every scalar of a
/// document, answered from one table for the Basic Multilingual Plane.
/// `Unicode.Scalar.Properties` searches the standard library's tables on every
/// call, which made property lookups the largest single cost of a check; the
/// table is built from the same properties on first use, so answers are equal.
public enum ScalarClass {
    // Inlinable (with the table usable from inline code): the readers and the
    // checker call these once per scalar, from other modules. The flags are
    // computed, so that they fold into the callers' code: a stored `static let`
    // is read through its lazy global's accessor at every call.
    @inlinable static var alphabetic: UInt8 { 1 << 0 }
    @inlinable static var whitespace: UInt8 { 1 << 1 }
    @inlinable static var decimal: UInt8 { 1 << 2 }
    @inlinable static var valueShift: UInt8 { 4 }

    /// For each BMP scalar: the three flags, and a decimal digit's value in the high four bits.
    @usableFromInline static let table: [UInt8] = (0...0xFFFF).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }  // surrogates
        return classify(scalar)
    }

    @usableFromInline static func classify(_ scalar: Unicode.Scalar) -> UInt8 {
        let p = scalar.properties
        var bits: UInt8 = 0
        if p.isAlphabetic { bits |= alphabetic }
        if p.isWhitespace { bits |= whitespace }
        if p.numericType == .decimal, let v = p.numericValue, v >= 0, v <= 9 {
            bits |= decimal | UInt8(v) << valueShift
        }
        return bits
    }

    @inlinable @inline(__always)
    static func bits(_ c: Unicode.Scalar) -> UInt8 {
        c.value <= 0xFFFF ? table[Int(c.value)] : classify(c)
    }

    @inlinable public static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) &- 0x61 < 26 }
        return bits(c) & alphabetic != 0
    }

    /// A hyphen joining words: ASCII "-", U+2010 HYPHEN "‐" (as in "10‐Year" of
    /// A/RES/70/1's English) and U+2011 NON-BREAKING HYPHEN "‑".
    @inlinable public static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    @inlinable public static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (0x09...0x0D).contains(c.value) }
        return bits(c) & whitespace != 0
    }

    /// Whether `c` is a decimal digit of any script (ASCII, Arabic-Indic, fullwidth …).
    @inlinable public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value &- 0x30 < 10 }
        return bits(c) & decimal != 0
    }

    /// A decimal digit's value, nil for anything else.
    @inlinable public static func digitValue(_ c: Unicode.Scalar) -> Int? {
        if c.value < 0x80 { return c.value &- 0x30 < 10 ? Int(c.value &- 0x30) : nil }
        let b = bits(c)
        return b & decimal != 0 ? Int(b >> valueShift) : nil
    }

    /// A CJK unified ideograph of the BMP (extension A and the main block): the
    /// Han characters Chinese text is written in, which has no spaces between words.
    @inlinable public static func isHan(_ c: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(c.value)
    }
}
