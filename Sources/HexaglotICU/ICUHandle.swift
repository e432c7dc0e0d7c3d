import CICUShim
import Synchronization

/// Owns one ICU object (an opaque `hx_…` handle) and serializes every use of
/// it: ICU formatters, collators and the like are not thread-safe, so all
/// calls go through ``withLock(_:)``. The handle is closed when the owner is
/// deallocated.
final class ICUHandle: Sendable {
    private let pointer: Mutex<OpaquePointer>
    private let close: @Sendable (OpaquePointer) -> Void

    /// Takes ownership of `pointer`; `close` releases it.
    init(_ pointer: sending OpaquePointer, close: @escaping @Sendable (OpaquePointer) -> Void) {
        self.pointer = Mutex(pointer)
        self.close = close
    }

    /// Calls `body` with the ICU object while holding this handle's lock.
    func withLock<R: Sendable>(_ body: (OpaquePointer) throws -> R) throws -> R {
        try pointer.withLock { try body($0) }
    }

    deinit {
        pointer.withLock { close($0) }
    }
}

/// Opens an ICU object with `open(status)`, checking the status; a failed
/// open never leaks (the shim closes partial objects) and never returns nil.
func icuOpen(
    _ operation: String,
    close: @escaping @Sendable (OpaquePointer) -> Void,
    _ open: (UnsafeMutablePointer<hx_status>) -> OpaquePointer?
) throws -> ICUHandle {
    var status = ICUStatus.zero
    let pointer = open(&status)
    if status > ICUStatus.zero {
        if let pointer { close(pointer) }
        try icuCheck(status, operation)
    }
    guard let pointer else {
        throw ICUError(operation: operation, code: ICUStatus.internalProgramError)
    }
    return ICUHandle(pointer, close: close)
}
