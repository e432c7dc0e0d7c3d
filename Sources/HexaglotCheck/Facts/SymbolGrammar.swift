/// UN document symbols, read whole, prefix kept ("A/RES/70/1" and
/// "S/RES/70/1" are different documents). The grammar, after the UN
/// Documentation Research Guide, "Document symbols"
/// (https://research.un.org/en/docs/symbols):
///
///     symbol     = series ("/" component)+ [" "? "(" year ")"]
///     series     = capital+                      A, S, E, UNEP, CBD
///     component  = capital+ digit* ["." digit+]  RES, CN.6, WG2020, C.2, PV.123
///                | digit+                        70, 1, 2020
///                | special "." digit+            L.1, Add.1, Rev.2, Corr.1, CRP.1, Amend.1
///     special    = "L" | "Add" | "Rev" | "Corr" | "CRP" | "Amend" | "Res"
///
/// A symbol has at least one component with a digit (a session, a number, a
/// year, or a special component): "ODA/GNI" and "and/or" are not symbols.
/// A one-letter series (A, S, E) needs two components or more ("A/70/1"), so
/// that "plan A/2" is not one. The year of a Security Council resolution
/// ("S/RES/2250 (2015)") belongs to the symbol; its value is written without
/// the space, "S/RES/2250(2015)".
enum SymbolGrammar {
    static func isCapital(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) }
    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    private static let specials: [[Unicode.Scalar]] = ["L", "Add", "Rev", "Corr", "CRP", "Amend", "Res"].map { Array($0.unicodeScalars) }

    /// The symbols of `s` not in `taken`: each range and value.
    static func symbols(_ s: [Unicode.Scalar], taken: [Bool]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var i = 0
        while i < s.count {
            guard !taken[i], isCapital(s[i]), i == 0 || !(isASCIILetter(s[i - 1]) || isASCIIDigit(s[i - 1]) || s[i - 1] == "/" || s[i - 1] == ".") else {
                i += 1; continue
            }
            if let (end, value) = symbol(s, from: i, taken: taken) {
                result.append((i..<end, value))
                i = end
            } else {
                i += 1
                while i < s.count, isASCIILetter(s[i]) { i += 1 }
            }
        }
        return result
    }

    /// The symbol starting at `i`, if the grammar reads one there.
    static func symbol(_ s: [Unicode.Scalar], from i: Int, taken: [Bool]) -> (Int, String)? {
        var j = i
        while j < s.count, isCapital(s[j]) { j += 1 }
        let seriesLength = j - i
        var components = 0, hasDigit = false
        while j + 1 < s.count, s[j] == "/", !taken[j + 1], let (end, digit) = component(s, j + 1) {
            components += 1
            hasDigit = hasDigit || digit
            j = end
        }
        guard components >= (seriesLength == 1 ? 2 : 1), hasDigit else { return nil }
        guard j == s.count || !(isASCIILetter(s[j]) || isASCIIDigit(s[j])) else { return nil }
        var value = String(String.UnicodeScalarView(s[i..<j]))
        // "(2015)", written with or without a space before it.
        var k = j
        if k < s.count, s[k] == " " { k += 1 }
        if k + 5 < s.count, s[k] == "(", (1...4).allSatisfy({ isASCIIDigit(s[k + $0]) }), s[k + 5] == ")" {
            value += String(String.UnicodeScalarView(s[k...(k + 5)]))
            j = k + 6
        }
        return (j, value)
    }

    /// One component from `i`: its end, and whether it counts as numbered.
    private static func component(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Bool)? {
        guard i < s.count else { return nil }
        if isASCIIDigit(s[i]) {
            var j = i
            while j < s.count, isASCIIDigit(s[j]) { j += 1 }
            return (j, true)
        }
        for special in specials where s.count - i > special.count + 1 && s[i..<(i + special.count)].elementsEqual(special)
            && s[i + special.count] == "." && isASCIIDigit(s[i + special.count + 1]) {
            var j = i + special.count + 1
            while j < s.count, isASCIIDigit(s[j]) { j += 1 }
            return (j, true)
        }
        guard isCapital(s[i]) else { return nil }
        var j = i, digit = false
        while j < s.count, isCapital(s[j]) { j += 1 }
        while j < s.count, isASCIIDigit(s[j]) { j += 1; digit = true }
        if j + 1 < s.count, s[j] == ".", isASCIIDigit(s[j + 1]) {
            j += 1
            while j < s.count, isASCIIDigit(s[j]) { j += 1 }
            digit = true
        }
        return (j, digit)
    }
}
