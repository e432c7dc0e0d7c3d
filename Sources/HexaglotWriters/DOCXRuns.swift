import HexaglotTree

/// Inline content to WordprocessingML runs, for one part (the body or the
/// footnotes): each part keeps its own hyperlink relationships.
struct DOCXRuns {
    let rightToLeft: Bool
    /// Footnote number → `w:id` of its `w:footnote` (1, 2, … in order).
    let footnoteIDs: [Int: Int]
    /// The first `rId` number free for hyperlinks in this part.
    let firstLinkRelationship: Int
    /// How footnote numbers are shown (the document's form).
    let markerForm: FootnoteMarkerForm
    private(set) var links: [String] = []
    private var referenced: Set<Int> = []

    init(rightToLeft: Bool, footnoteIDs: [Int: Int], firstLinkRelationship: Int, markerForm: FootnoteMarkerForm = .plain) {
        self.rightToLeft = rightToLeft
        self.footnoteIDs = footnoteIDs
        self.firstLinkRelationship = firstLinkRelationship
        self.markerForm = markerForm
    }

    /// A piece of a paragraph: text, which merges with text of the same run
    /// properties next to it, or finished markup.
    enum Piece: Equatable {
        case text(String, properties: String)
        case markup(String)
    }

    /// A paragraph in `style`; a non-empty label goes first, followed by a tab.
    mutating func paragraph(style: String, label: String = "", _ content: [Inline]) -> String {
        var pieces: [Piece] = []
        if !label.isEmpty {
            pieces.append(.markup(Self.run(Self.textElements(label) + "<w:tab/>", properties: runProperties())))
        }
        pieces += self.pieces(content)
        return "<w:p>\(paragraphProperties(style: style))\(Self.xml(pieces))</w:p>"
    }

    func paragraphProperties(style: String) -> String {
        "<w:pPr><w:pStyle w:val=\"\(style)\"/>\(rightToLeft ? "<w:bidi/>" : "")</w:pPr>"
    }

    /// `w:rPr` (or nothing): the character style, then `w:rtl` in RTL documents unless told otherwise.
    func runProperties(style: String? = nil, leftToRight: Bool = false) -> String {
        var properties = style.map { "<w:rStyle w:val=\"\($0)\"/>" } ?? ""
        if rightToLeft && !leftToRight { properties += "<w:rtl/>" }
        return properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    }

    mutating func pieces(_ content: [Inline]) -> [Piece] {
        content.flatMap { node -> [Piece] in
            switch node {
            case .text(let s): [.text(s, properties: runProperties())]
            case .value(let v): value(v)
            case .term(let t): pieces(t.content)
            case .footnoteRef(let r): [footnoteReference(r)]
            }
        }
    }

    /// Symbols and URLs are runs of their own, never marked RTL, so they stay
    /// left to right in an Arabic paragraph. Linkable URLs become hyperlinks.
    mutating func value(_ v: Value) -> [Piece] {
        guard v.kind == .url, LinkTarget.isLinkable(v.canonical) else {
            return LeftToRightSegments.split(v).map { .text($0.text, properties: runProperties(leftToRight: $0.leftToRight)) }
        }
        let index: Int
        if let known = links.firstIndex(of: v.canonical) {
            index = known
        } else {
            index = links.count
            links.append(v.canonical)
        }
        let run = Self.run(Self.textElements(v.text), properties: runProperties(style: "Hyperlink", leftToRight: true))
        return [.markup("<w:hyperlink r:id=\"rId\(firstLinkRelationship + index)\" w:history=\"1\">\(run)</w:hyperlink>")]
    }

    /// A real Word footnote reference the first time a footnote is cited. Word
    /// allows one reference per footnote, so a repeated citation (or one with
    /// no footnote) is its mark in the reference style, as plain text. A mark of
    /// another form than a bare number follows its reference as a custom mark.
    mutating func footnoteReference(_ ref: FootnoteRef) -> Piece {
        let properties = runProperties(style: "FootnoteReference")
        let mark = markerForm.mark(ref.number)
        guard let id = footnoteIDs[ref.number], !referenced.contains(ref.number) else {
            return .text(mark, properties: properties)
        }
        referenced.insert(ref.number)
        if markerForm == .plain {
            return .markup(Self.run("<w:footnoteReference w:id=\"\(id)\"/>", properties: properties))
        }
        return .markup(Self.run("<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"\(id)\"/>" + Self.textElements(mark),
                                properties: properties))
    }

    /// The relationships of this part's hyperlinks, in order of first use.
    var linkRelationships: [String] {
        links.enumerated().map { index, url in
            "<Relationship Id=\"rId\(firstLinkRelationship + index)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                + "Target=\"\(Markup.escape(url))\" TargetMode=\"External\"/>"
        }
    }

    /// The pieces as runs, text next to text of the same properties in one run.
    static func xml(_ pieces: [Piece]) -> String {
        var merged: [Piece] = []
        for piece in pieces {
            if case .text(let text, let properties) = piece, case .text(let previous, properties)? = merged.last {
                merged[merged.count - 1] = .text(previous + text, properties: properties)
            } else {
                merged.append(piece)
            }
        }
        return merged.map { piece in
            switch piece {
            case .text(let text, let properties): run(textElements(text), properties: properties)
            case .markup(let xml): xml
            }
        }.joined()
    }

    static func run(_ elements: String, properties: String) -> String {
        "<w:r>\(properties)\(elements)</w:r>"
    }

    /// `w:t` pieces, with tabs and line breaks as Word's own elements.
    static func textElements(_ text: String) -> String {
        var out = ""
        var piece = ""
        func flush() {
            guard !piece.isEmpty else { return }
            let preserve = piece.first == " " || piece.last == " " || piece.contains("  ")
            out += (preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>") + Markup.escape(piece) + "</w:t>"
            piece = ""
        }
        for character in text {
            switch character {
            case "\t": flush(); out += "<w:tab/>"
            case "\n", "\r\n", "\r": flush(); out += "<w:br/>"
            default: piece.append(character)
            }
        }
        flush()
        return out
    }
}
