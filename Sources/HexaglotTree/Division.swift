/// One division of a document's body, of any kind and depth: "Chapter IV",
/// "第二十四条", "annex II", paragraph "5.", target "1.a", sub-paragraph "(iv)".
/// A division has its label as written, the number parsed from it, a heading
/// (for divisions that carry a title), inline content (for divisions that
/// carry text) and children, so one tree holds a note, a resolution, a treaty
/// and a list of goals and targets alike.
public struct Division: Hashable, Sendable {
    public var kind: DivisionKind
    /// The model's node id, when the division was rendered from a model.
    public var id: String?
    /// The label as written, without surrounding spaces: "I.", "一.", "أولاً -",
    /// "Article 24", "第二十四条", "1.a", "(iv)", "（a）"; empty when unnumbered.
    public var label: String
    /// The number the label stands for, whatever script or style writes it; nil when unnumbered.
    public var number: DivisionNumber?
    public var heading: [Inline]
    public var content: [Inline]
    public var children: [Division]
    public var location: SourceLocation?

    public init(
        kind: DivisionKind, id: String? = nil, label: String = "", number: DivisionNumber? = nil,
        heading: [Inline] = [], content: [Inline] = [], children: [Division] = [], location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.id = id
        self.label = label
        self.number = number
        self.heading = heading
        self.content = content
        self.children = children
        self.location = location
    }

    /// The heading, then the content: what a reader of this division sees after its label.
    public var text: [Inline] {
        if heading.isEmpty { return content }
        if content.isEmpty { return heading }
        return heading + [.text(" ")] + content
    }

    /// This division and everything below it, in reading order, with each one's depth (0 for this one).
    public func preorder(depth: Int = 0, _ body: (Division, Int) -> Void) {
        body(self, depth)
        for child in children { child.preorder(depth: depth + 1, body) }
    }
}

/// The kinds of division, in the hierarchy vocabulary of Akoma Ntoso (and its
/// UN profile AKN4UN). The first group carries headings and is named by a word
/// and a number ("Chapter IV", "Article 24"); the second carries text.
public enum DivisionKind: String, Hashable, Sendable, CaseIterable, Codable {
    case part, chapter, section, article, annex, goal
    /// A resolution's preamble; its children are recitals.
    case preamble
    /// A preambular paragraph (usually unnumbered).
    case recital
    case paragraph, subparagraph, point, target

    /// Whether divisions of this kind carry a heading rather than running text.
    public var isHeaded: Bool {
        switch self {
        case .part, .chapter, .section, .article, .annex, .goal, .preamble: true
        case .recital, .paragraph, .subparagraph, .point, .target: false
        }
    }

    /// How high the kind stands when headings nest: a part holds chapters, a chapter
    /// sections and articles. Annexes stand beside the body, at the top.
    public var rank: Int {
        switch self {
        case .annex: 0
        case .part: 1
        case .chapter, .preamble: 2
        case .section, .goal: 3
        case .article: 4
        case .recital, .paragraph, .target: 5
        case .subparagraph: 6
        case .point: 7
        }
    }
}

/// A parsed division number: "17.19" is [17, 19], "1.a" is [1, 1], "(iv)" is
/// [4], "第二十四条" is [24], "أولاً" is [1]. `scheme` says how the last level is
/// written and `style` tells apart lists that use the same scheme with other
/// punctuation ("(a)" and "a)"), so siblings are known by both.
public struct DivisionNumber: Hashable, Sendable {
    public var path: [Int]
    public var scheme: NumberScheme
    /// The label with its number taken out: "(#)", "#.", "Article #", "第#条"; "" when not known.
    public var style: String

    public init(path: [Int], scheme: NumberScheme, style: String = "") {
        self.path = path
        self.scheme = scheme
        self.style = style
    }

    public init(_ value: Int, scheme: NumberScheme, style: String = "") {
        self.init(path: [value], scheme: scheme, style: style)
    }

    /// The last level's value: the position among siblings.
    public var value: Int { path.last ?? 0 }

    /// Latin digits and letters, the same in every language: "24", "1.a", "17.19", "(iv)" → "iv".
    public var canonical: String {
        path.enumerated().map { index, n in
            index == path.count - 1 ? scheme.canonical(n) : String(n)
        }.joined(separator: ".")
    }
}

/// How one level of a number is written.
public enum NumberScheme: String, Hashable, Sendable, CaseIterable, Codable {
    /// 1, 2, 3 in any script's digits.
    case decimal
    /// i, ii, iii / I, II, III.
    case roman
    /// a, b, c (and aa, bb, as UN lists go on past z); Arabic letters in abjad order.
    case letter
    /// Spelled out, as words or as numerals of a script: 一, 二十四; أولاً, ثانياً; premier.
    case word

    func canonical(_ n: Int) -> String {
        switch self {
        case .decimal, .word: String(n)
        case .roman: RomanNumeral.lowercase(n)
        case .letter: ListLetters.latin(n)
        }
    }

}

/// Lettered list labels: a … z, then aa … zz, as UN documents, Word and browsers letter lists.
public enum ListLetters {
    /// 1 → a, 26 → z, 27 → aa; the number itself past zz…z (fifty letters).
    public static func latin(_ n: Int, upper: Bool = false) -> String {
        guard n >= 1, n <= 26 * 50 else { return "\(n)" }
        let letter = Character(Unicode.Scalar(UInt8((upper ? 64 : 96) + (n - 1) % 26 + 1)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }
}

public enum RomanNumeral {
    public static func lowercase(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, out = ""
        for (value, digits) in table { while n >= value { out += digits; n -= value } }
        return out
    }

    /// The value of "iv", "IV", "xvii"; nil for anything that is not a well-formed numeral.
    public static func value(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard !lower.isEmpty, lower.count <= 12 else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        guard lower.allSatisfy({ values[$0] != nil }) else { return nil }
        let digits = lower.map { values[$0]! }
        var total = 0
        for (k, v) in digits.enumerated() { total += (k + 1 < digits.count && v < digits[k + 1]) ? -v : v }
        // Only canonical spellings ("iv", not "iiii" or "vv"): it must spell back the same.
        return total > 0 && Self.lowercase(total) == lower ? total : nil
    }
}

extension Document {
    /// Every division of the body, in reading order.
    public var allDivisions: [Division] {
        var result: [Division] = []
        for division in body { division.preorder { node, _ in result.append(node) } }
        return result
    }

    /// The divisions of one kind, in reading order.
    public func divisions(_ kind: DivisionKind) -> [Division] { allDivisions.filter { $0.kind == kind } }
}
