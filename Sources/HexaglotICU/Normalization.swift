import CICUShim

/// Unicode normalization with ICU's shared `unorm2` instances (which are
/// immutable and thread-safe, so no cache or lock is needed).
public enum Normalization {
    /// Compatibility composition (NFKC), e.g. "ﬁ" → "fi", full-width → ASCII.
    public static func nfkc(_ s: String) throws -> String {
        try normalize(s, form: 1)
    }

    /// Canonical composition (NFC), e.g. "e\u{301}" → "é".
    public static func nfc(_ s: String) throws -> String {
        try normalize(s, form: 0)
    }

    private static func normalize(_ s: String, form: Int32) throws -> String {
        try withUTF16(s) { text, length in
            try icuString("unorm2_normalize", initialCapacity: Int(length) + 16) { out, capacity, status in
                hx_unorm2_normalize(form, text, length, out, capacity, status)
            }
        }
    }
}
