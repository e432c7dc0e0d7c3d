import HexaglotTree

/// In the text layout, "[footnoteRef:" always opens a marker `[footnoteRef:N]`
/// with N of 1 to 6 digits. A marker left open or with a longer number means a
/// damaged file: it is refused at the marker instead of being read as text
/// (which would only surface later as a confusing footnote finding).
enum FootnoteMarkerCheck {
    static let marker = "[footnoteRef:"
    static let maxDigits = 6

    /// Walks the line's scalars in place (no copy: lines can be tens of megabytes long).
    static func check(_ line: String, file: String, line lineNumber: Int) throws {
        guard !allMarkersWellFormed(line) else { return }
        let scalars = line.unicodeScalars
        var column = 1
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard scalars[i] == "[", scalars[i...].starts(with: marker.unicodeScalars) else {
                i = scalars.index(after: i)
                column += 1
                continue
            }
            var j = scalars.index(i, offsetBy: marker.unicodeScalars.count)
            var digits = 0
            while j < scalars.endIndex, LabelRecognizer.digitValue(scalars[j]) != nil { digits += 1; j = scalars.index(after: j) }
            guard digits == 0 || digits > maxDigits || j == scalars.endIndex || scalars[j] != "]" else {
                column += marker.unicodeScalars.count + digits
                i = j
                continue
            }
            let problem = digits > maxDigits ? "a footnote number of \(digits) digits"
                : digits == 0 ? "no footnote number" : "no closing ']'"
            throw HexaglotError.invalidInput(SourceLocation(file: file, line: lineNumber, column: column), file: file,
                                             message: "footnote marker with \(problem); expected [footnoteRef:N] with N of 1 to \(maxDigits) digits")
        }
    }

    /// The common case, in bytes: every marker followed by 1 to 6 ASCII digits and ']'.
    /// Anything else (other digits, a damaged marker) goes to the scalar walk, which locates it.
    private static func allMarkersWellFormed(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { s in
            let m = Array(marker.utf8)
            var i = 0
            while i + m.count <= s.count {
                guard s[i] == m[0], (1..<m.count).allSatisfy({ s[i + $0] == m[$0] }) else { i += 1; continue }
                var j = i + m.count
                while j < s.count, s[j] &- 0x30 < 10 { j += 1 }
                let digits = j - i - m.count
                guard digits >= 1, digits <= maxDigits, j < s.count, s[j] == UInt8(ascii: "]") else { return false }
                i = j + 1
            }
            return true
        }
    }
}
