import CICUShim

/// A number read from the start of a text by ICU: its exact value as a
/// decimal string ("0.7", "100000", never a `Double`) and how many Unicode
/// scalars of the text it took.
public struct ParsedNumber: Hashable, Sendable {
    /// Plain decimal notation: an optional "-", digits, an optional "." and
    /// digits without trailing zeros ("0.2" for "0,20"); no exponent.
    public let value: String
    /// Unicode scalars read from the start of the text.
    public let length: Int

    public init(value: String, length: Int) {
        self.value = value
        self.length = length
    }
}

/// Reads numbers written in digits the way a locale writes them, through
/// ICU's decimal format (`unum_parseDecimal`): its digits (Latin or
/// Arabic-Indic, or Han with "zh@numbers=hanidec"), its decimal and grouping
/// separators. "0,7" is 0.7 in "fr", "es" and "ru"; "100 000" (U+202F or
/// U+00A0 or a space) is 100000 in "fr" and "ru"; "100.000" is 100000 in
/// "es"; "٠٫٧" is 0.7 in "ar". Exponents are not read ("1e5" is 1).
///
///     NumberParser(locale: "fr").parse("0,7 %")  // ParsedNumber(value: "0.7", length: 3)
public struct NumberParser: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String
    /// ICU's lenient parsing (looser separators and signs).
    public let lenient: Bool

    public init(locale: String, lenient: Bool = false) {
        self.locale = locale
        self.lenient = lenient
    }

    /// The number at the start of `text`, or nil when none is there.
    public func parse(_ text: String) throws -> ParsedNumber? {
        try parse(text.unicodeScalars)
    }

    /// The number at the start of `scalars`, or nil when none is there.
    public func parse<C: Collection<Unicode.Scalar>>(_ scalars: C) throws -> ParsedNumber? {
        try ICUNumberParser.cached(.decimal(locale: locale, lenient: lenient)).parse(scalars)
    }
}

/// Reads numbers spelled out in words through ICU's rule-based number format
/// (RBNF, `unum_parseDecimal` on a UNUM_SPELLOUT format), which tries every
/// public rule set of the locale (cardinal, ordinal, each gender and case)
/// and keeps the longest match: "ten", "dix", "diez", "десять", "десяти",
/// "عشرة", "一百一十", "二十四", "十", digit by digit "一九四二", and
/// ordinals "second", "deuxième", "الأول", "الثانية", "第二".
/// Parsing is case-sensitive unless `lenient` (ICU's lenient parse, much
/// slower): lower-case the text first.
public struct SpellOutParser: Hashable, Sendable {
    /// The ICU locale ID.
    public let locale: String
    public let lenient: Bool

    public init(locale: String, lenient: Bool = false) {
        self.locale = locale
        self.lenient = lenient
    }

    /// The number spelled at the start of `text`, or nil when none is there.
    public func parse(_ text: String) throws -> ParsedNumber? {
        try parse(text.unicodeScalars)
    }

    public func parse<C: Collection<Unicode.Scalar>>(_ scalars: C) throws -> ParsedNumber? {
        try ICUNumberParser.cached(.spellOut(locale: locale, lenient: lenient)).parse(scalars)
    }
}

/// The signature of one ICU `UNumberFormat` opened for parsing.
enum NumberParserKey: Hashable, Sendable {
    case decimal(locale: String, lenient: Bool)
    case spellOut(locale: String, lenient: Bool)

    var locale: String {
        switch self {
        case let .decimal(locale, _), let .spellOut(locale, _): locale
        }
    }
}

/// One ICU `UNumberFormat` used to parse.
final class ICUNumberParser: Sendable {
    private let handle: ICUHandle

    /// Bounded: locales come from the files being checked.
    static let cache = ICUCache<NumberParserKey, ICUNumberParser>(limit: 64)

    static func cached(_ key: NumberParserKey) throws -> ICUNumberParser {
        try cache.object(for: key) { try ICUNumberParser($0) }
    }

    init(_ key: NumberParserKey) throws {
        let close: @Sendable (OpaquePointer) -> Void = { hx_unum_close($0) }
        try icuCheckLocale(key.locale)
        switch key {
        case let .decimal(locale, lenient):
            handle = try icuOpen("unum_open", close: close) { status in
                hx_unum_open_decimal_parser(locale, lenient ? 1 : 0, status)
            }
        case let .spellOut(locale, lenient):
            handle = try icuOpen("unum_open", close: close) { status in
                hx_unum_open_spellout_parser(locale, lenient ? 1 : 0, status)
            }
        }
    }

    /// The longest number at the start of `scalars`; nil on ICU's parse error.
    func parse<C: Collection<Unicode.Scalar>>(_ scalars: C) throws -> ParsedNumber? {
        var units: [hx_uchar] = []
        units.reserveCapacity(scalars.count + 1)
        for scalar in scalars { units.append(contentsOf: UTF16.encode(scalar)!.map { hx_uchar($0) }) }
        guard let count = Int32(exactly: units.count), !units.isEmpty else { return nil }
        let (decimal, position): (String?, Int32) = try handle.withLock { fmt in
            var position: Int32 = 0
            var status = ICUStatus.zero
            var buffer = [CChar](repeating: 0, count: 128)
            let length = units.withUnsafeBufferPointer { text in
                hx_unum_parseDecimal(fmt, text.baseAddress!, count, &position, &buffer, Int32(buffer.count), &status)
            }
            if status == ICUStatus.parseError { return (nil, 0) }
            try icuCheck(status, "unum_parseDecimal")
            guard length >= 0, Int(length) < buffer.count else { return (nil, 0) }
            return (String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self), position)
        }
        guard let decimal, position > 0, let value = canonicalDecimal(decimal) else { return nil }
        // UTF-16 units read → scalars read.
        var read = 0, consumed = 0
        for scalar in scalars {
            guard read < Int(position) else { break }
            read += scalar.value > 0xFFFF ? 2 : 1
            consumed += 1
        }
        return ParsedNumber(value: value, length: consumed)
    }
}

/// ICU's decNumber string ("0.7", "1E+11", "-0", "1.50") in plain notation
/// without trailing fraction zeros ("0.7", "100000000000", "0", "1.5");
/// nil for "NaN", "Infinity" or an exponent past 1000.
func canonicalDecimal(_ text: String) -> String? {
    var s = Substring(text)
    var negative = false
    if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
    var exponent = 0
    if let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }) {
        guard let x = Int(s[s.index(after: e)...]), abs(x) <= 1000 else { return nil }
        exponent = x
        s = s[..<e]
    }
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), s.filter({ $0 == "." }).count <= 1 else { return nil }
    var digits = Array(s.filter { $0 != "." })
    var point = s.firstIndex(of: ".").map { s.distance(from: s.startIndex, to: $0) } ?? digits.count
    point += exponent
    if point < 0 { digits.insert(contentsOf: Array(repeating: "0", count: -point), at: 0); point = 0 }
    if point > digits.count { digits.append(contentsOf: Array(repeating: "0", count: point - digits.count)) }
    var integer = String(digits[..<point]).drop { $0 == "0" }
    var fraction = String(digits[point...])
    while fraction.last == "0" { fraction.removeLast() }
    if integer.isEmpty { integer = "0" }
    let body = fraction.isEmpty ? String(integer) : "\(integer).\(fraction)"
    return negative && body != "0" ? "-" + body : body
}
