import HexaglotTree

/// Character references of HTML (and of CommonMark, which takes HTML's):
/// numeric ones, and the named ones documents actually use — all of
/// Latin-1, typographic punctuation and spaces, the bidi marks.
enum HTMLEntities {
    /// Decodes the reference starting at `s[i]` (an "&"): the scalars it
    /// stands for and the index after it, or nil when it is a plain "&".
    /// `requireSemicolon` is CommonMark's rule; HTML also accepts a few legacy names without one.
    static func decode(_ s: [Unicode.Scalar], at i: Int, requireSemicolon: Bool = false) -> (String, Int)? {
        guard i < s.count, s[i] == "&", i + 1 < s.count else { return nil }
        if s[i + 1] == "#" { return numeric(s, i + 2, requireSemicolon: requireSemicolon) }
        var j = i + 1
        while j < s.count, j - i <= 32, s[j].isASCII, ScalarClass.isAlphabetic(s[j]) || ("0"..."9").contains(s[j]) { j += 1 }
        guard j > i + 1 else { return nil }
        let name = String(scalars: s[(i + 1)..<j])
        if j < s.count, s[j] == ";", let value = named[name] { return (value, j + 1) }
        if !requireSemicolon, legacyWithoutSemicolon.contains(name), let value = named[name] {
            // "&copy2020" stays literal in attributes in browsers; in text it decodes. Decoding is the common case.
            return (value, j)
        }
        return nil
    }

    private static func numeric(_ s: [Unicode.Scalar], _ start: Int, requireSemicolon: Bool) -> (String, Int)? {
        var j = start
        let hex = j < s.count && (s[j] == "x" || s[j] == "X")
        if hex { j += 1 }
        let digitsStart = j
        var value: UInt32 = 0
        while j < s.count, j - digitsStart < 8, let d = digit(s[j], hex: hex) {
            value = value * (hex ? 16 : 10) + d
            j += 1
        }
        guard j > digitsStart else { return nil }
        while j < s.count, digit(s[j], hex: hex) != nil { j += 1; value = 0x110000 }  // too long: out of range
        let hasSemicolon = j < s.count && s[j] == ";"
        guard hasSemicolon || !requireSemicolon else { return nil }
        let end = hasSemicolon ? j + 1 : j
        if let mapped = windows1252[value] { return (String(mapped), end) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", end) }
        return (String(scalar), end)
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 48
        case "a"..."f" where hex: c.value - 87
        case "A"..."F" where hex: c.value - 55
        default: nil
        }
    }

    /// HTML maps C1 control references to the Windows-1252 characters people meant ("&#150;" is "–").
    private static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
        0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
        0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    private static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    static let named: [String: String] = {
        var table: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
            "lrm": "\u{200E}", "rlm": "\u{200F}", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’",
            "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "dagger": "†", "Dagger": "‡", "bull": "•",
            "hellip": "…", "permil": "‰", "prime": "′", "Prime": "″", "lsaquo": "‹", "rsaquo": "›", "oline": "‾",
            "euro": "€", "trade": "™", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔",
            "minus": "−", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ",
            "circ": "ˆ", "tilde": "˜", "NewLine": "\n", "Tab": "\t", "nbsp": "\u{00A0}",
        ]
        // Latin-1, U+00A1…U+00FF, in order.
        let latin1 = """
            iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute \
            micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring \
            AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml \
            times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil \
            egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash \
            ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = String(Unicode.Scalar(UInt8(0xA1 + offset)))
        }
        return table
    }()
}
