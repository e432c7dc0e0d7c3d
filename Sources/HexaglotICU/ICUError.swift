import CICUShim

/// An ICU call that failed: the ICU function (`operation`, e.g. "udat_open")
/// and the symbolic `hx_status` name (`status`, from `u_errorName`, e.g.
/// "U_ILLEGAL_ARGUMENT_ERROR").
///
/// Every `hx_status` returned by ICU in this module is checked by
/// ``icuCheck(_:_:)``, which is the only place that creates this error from a
/// status code. ICU warnings (negative codes such as
/// `U_USING_DEFAULT_WARNING`) are not errors.
public struct ICUError: Error, Equatable, CustomStringConvertible {
    /// The ICU function that failed, e.g. "udat_open".
    public let operation: String
    /// The `u_errorName` of the failure, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
    public let status: String

    public init(operation: String, status: String) {
        self.operation = operation
        self.status = status
    }

    public var description: String { "ICU \(operation) failed: \(status)" }
}

extension ICUError {
    init(operation: String, code: hx_status) {
        self.init(operation: operation, status: String(cString: hx_u_errorName(code)))
    }
}

/// The ICU status codes this module tests for (`UErrorCode` values, declared
/// by the shim as plain integers; shim.c checks them against ICU's).
enum ICUStatus {
    static let zero = hx_status(HX_U_ZERO_ERROR)
    static let illegalArgument = hx_status(HX_U_ILLEGAL_ARGUMENT_ERROR)
    static let unsupported = hx_status(HX_U_UNSUPPORTED_ERROR)
    static let internalProgramError = hx_status(HX_U_INTERNAL_PROGRAM_ERROR)
    static let indexOutOfBounds = hx_status(HX_U_INDEX_OUTOFBOUNDS_ERROR)
    static let parseError = hx_status(HX_U_PARSE_ERROR)
    static let bufferOverflow = hx_status(HX_U_BUFFER_OVERFLOW_ERROR)
}

/// The single place where an ICU status is checked: throws if `status` is a
/// failure (`U_FAILURE`, i.e. greater than `U_ZERO_ERROR`).
@inline(__always)
func icuCheck(_ status: hx_status, _ operation: String) throws(ICUError) {
    if status > ICUStatus.zero {
        throw ICUError(operation: operation, code: status)
    }
}

/// Runs `body` with a fresh `hx_status` and checks it afterwards.
@inline(__always)
func icuCall<R>(
    _ operation: String,
    _ body: (UnsafeMutablePointer<hx_status>) -> R
) throws(ICUError) -> R {
    var status = ICUStatus.zero
    let result = body(&status)
    try icuCheck(status, operation)
    return result
}

/// Throws unless ICU has data for `locale` (see `hx_ures_checkLocale`):
/// without this, an unknown locale ("xx", a typo) would silently be formatted
/// with the process default locale, i.e. whatever LANG says.
func icuCheckLocale(_ locale: String) throws(ICUError) {
    try icuCall("ures_open") { status in hx_ures_checkLocale(locale, status) }
}
