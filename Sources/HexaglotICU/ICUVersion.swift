import CICUShim

/// The version of the ICU library this process is linked against (the
/// system ICU, not the copy bundled with Foundation), e.g. "72.1".
public enum ICUVersion {
    /// `u_getVersion` as a dotted string, e.g. "72.1".
    public static var current: String {
        var buffer = [CChar](repeating: 0, count: 32)
        hx_u_getVersion(&buffer, Int32(buffer.count))
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
