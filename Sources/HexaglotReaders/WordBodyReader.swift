import HexaglotTree

/// Walks the paragraphs of a Word part and feeds them to the builder: the
/// text of their runs (`w:t`, `w:tab` as a space, `w:br` as a line break),
/// real and repeated footnote references, the kind each paragraph's style
/// and numbering give it.
struct WordBodyReader {
    let file: String
    let styles: WordStyles
    var builder: DocumentBuilder
    private var counter: WordNumberingCounter
    /// `w:id` of each cited footnote → its number, in order of first reference.
    private var footnoteNumbers: [String: Int] = [:]
    private var nextFootnote = 1
    /// Letters of the text (Han ×3) by the language `w:lang` tags them with, "" for none
    /// or another than the six: by script, then by whether a run says it or only the defaults do.
    private var letters: [LanguageDetector.Script: (run: [String: Int], defaults: [String: Int])] = [:]
    private var paragraphIndex = 0
    private var part = ""
    /// After `w:customMarkFollows`, the next text is the mark, not prose.
    private var dropNextText = false
    /// A reference whose custom mark follows in its run: appended with the mark's form once read.
    private var pendingReference: (number: Int, location: SourceLocation)?
    /// The number of the footnote whose text is starting: a run there in the reference
    /// style that reads as this number is the footnote's own mark written out ("(3)", as
    /// for a custom mark); one that reads as another number cites that footnote.
    private var ownMarkAtStart: Int?

    /// Elements whose content is never shown as the paragraph's text.
    static let skipped: Set<String> = [
        "pPr", "rPr", "del", "moveFrom", "drawing", "pict", "object", "instrText", "delText", "delInstrText", "fldData",
        "footnotePr", "endnotePr", "sectPr", "txbxContent", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
        "separator", "continuationSeparator", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr",
    ]

    init(file: String, styles: WordStyles, numbering: WordNumbering) {
        self.file = file
        self.styles = styles
        self.counter = WordNumberingCounter(numbering)
        self.builder = DocumentBuilder(file: file)
        builder.detectsSymbolLine = true
    }

    // MARK: The body

    mutating func readDocument(_ xml: WordXML, part: String) {
        self.part = part
        paragraphIndex = 0
        guard let root = xml.root else { return }
        walk(xml, root)
    }

    private mutating func walk(_ xml: WordXML, _ node: Int) {
        for child in xml.children(node) {
            let n = xml[child]
            if n.namespace == .markupCompatibility { continue }
            if n.namespace == .word {
                if n.name == "p" { paragraph(xml, child); continue }
                if Self.skipped.contains(n.name) { continue }
            }
            walk(xml, child)
        }
    }

    private mutating func paragraph(_ xml: WordXML, _ p: Int) {
        paragraphIndex += 1
        let location = SourceLocation(file: file, line: paragraphIndex, column: 1, part: part)
        let pPr = xml.child(p, "pPr")
        let style = styles.resolve(pPr.flatMap { xml.value($0, "pStyle") })
        var headingLevel = style.headingLevel
        if let outline = pPr.flatMap({ xml.value($0, "outlineLvl") }).flatMap(Int.init) {
            headingLevel = (0...8).contains(outline) ? outline + 1 : nil
        }
        var numId = style.numId, level = style.level
        if let numPr = pPr.flatMap({ xml.child($0, "numPr") }) {
            if let id = xml.value(numPr, "numId") { numId = id }
            if let l = xml.value(numPr, "ilvl").flatMap(Int.init) { level = l }
        }
        var text = MarkedText()
        inline(xml, p, into: &text, location: location)

        let kind: DocumentBuilder.BlockKind
        if let numId, numId != "0", let (label, number) = counter.next(numId: numId, level: level) {
            kind = .numbered(label: label, number: number, level: level, isHeading: headingLevel != nil)
        } else if let role = style.role {
            kind = role == .title || headingLevel == nil ? .header(role) : .heading(level: headingLevel!)
        } else if let headingLevel {
            kind = .heading(level: headingLevel)
        } else {
            kind = .body
        }
        builder.addBlock(text, kind: kind, location: location)
    }

    // MARK: Runs

    private mutating func inline(_ xml: WordXML, _ node: Int, into text: inout MarkedText, location: SourceLocation) {
        for child in xml.children(node) {
            let n = xml[child]
            guard n.namespace == .word else {
                if n.namespace != .markupCompatibility { inline(xml, child, into: &text, location: location) }
                continue
            }
            if n.name == "r" {
                run(xml, child, into: &text, location: location)
            } else if !Self.skipped.contains(n.name) {
                inline(xml, child, into: &text, location: location)
            }
        }
    }

    private mutating func run(_ xml: WordXML, _ r: Int, into text: inout MarkedText, location: SourceLocation) {
        let rPr = xml.child(r, "rPr")
        if let rPr {
            if xml.isOn(rPr, "vanish") || xml.isOn(rPr, "specVanish") { return }
        }
        let language = rPr.flatMap { xml.child($0, "lang") }.map { WordLanguage(xml, $0) }
        var runText = MarkedText()
        var hasReference = false
        for child in xml.children(r) where xml[child].namespace == .word {
            switch xml[child].name {
            case "t":
                if let pending = pendingReference {
                    pendingReference = nil
                    dropNextText = false
                    let form = FootnoteMarkerForm.read(Substring(xml[child].text.trimmingSpaces))?.form
                    runText.appendRef(pending.number, location: pending.location, form: form)
                    continue
                }
                if dropNextText { dropNextText = false; continue }
                runText.append(xml[child].text)
            case "tab", "ptab":
                runText.append(" ")
            case "br":
                runText.append(["page", "column"].contains(xml.attribute(child, "type") ?? "") ? " " : "\n")
            case "cr":
                runText.append("\n")
            case "noBreakHyphen":
                runText.append("-")
            case "sym":
                if let code = xml.attribute(child, "char").flatMap({ UInt32($0, radix: 16) }),
                   !(0xF000...0xF0FF).contains(code), let scalar = Unicode.Scalar(code) {
                    runText.append(scalar)
                }
            case "footnoteReference":
                guard let id = xml.attribute(child, "id") else { continue }
                hasReference = true
                if ["1", "true", "on"].contains(xml.attribute(child, "customMarkFollows") ?? "") {
                    pendingReference = (footnoteNumber(id), location)
                    dropNextText = true
                } else {
                    runText.appendRef(footnoteNumber(id), location: location, form: .plain)
                }
            default:
                break
            }
        }
        if let pending = pendingReference {
            // The custom mark is not in this run: the reference stands, its form unknown.
            pendingReference = nil
            runText.appendRef(pending.number, location: pending.location)
        }
        // A repeated citation: the footnote's mark as text ("3", "(3)"), in the footnote reference style.
        if !hasReference, styles.isFootnoteReference(rPr.flatMap { xml.value($0, "rStyle") }),
           let (n, form) = FootnoteMarkerForm.read(Substring(runText.string.trimmingSpaces)) {
            if n != ownMarkAtStart { text.appendRef(n, location: location, form: form) }
            ownMarkAtStart = nil
            return
        }
        if !runText.isEmpty { ownMarkAtStart = nil }
        countLetters(runText, language)
        text.append(runText)
    }

    private mutating func countLetters(_ text: MarkedText, _ language: WordLanguage?) {
        var han = 0, arabic = 0, other = 0
        for scalar in text.scalars {
            switch LanguageDetector.script(of: scalar) {
            case .han: han += 3  // a Han character says about as much as three letters (as in LanguageDetector)
            case .arabic: arabic += 1
            case .cyrillic, .latin: other += 1
            case nil: break
            }
        }
        for (script, n) in [(LanguageDetector.Script.han, han), (.arabic, arabic), (.latin, other)] where n > 0 {
            if let tag = language?.tag(for: script) {
                letters[script, default: ([:], [:])].run[LanguageTag.unLanguage(tag) ?? "", default: 0] += n
            } else {
                letters[script, default: ([:], [:])].defaults[styles.defaultLanguage.tag(for: script).flatMap(LanguageTag.unLanguage) ?? "", default: 0] += n
            }
        }
    }

    private mutating func footnoteNumber(_ id: String) -> Int {
        if let n = footnoteNumbers[id] { return n }
        footnoteNumbers[id] = nextFootnote
        nextFootnote += 1
        return nextFootnote - 1
    }

    // MARK: Footnotes

    /// The bodies of the cited footnotes, in order of number; separators and uncited footnotes are left out.
    mutating func readFootnotes(_ xml: WordXML, part: String) {
        self.part = part
        paragraphIndex = 0
        guard let root = xml.root else { return }
        var bodies: [(number: Int, text: MarkedText, location: SourceLocation)] = []
        var seen = Set<String>()
        for footnote in xml.children(root) where xml.isWord(footnote, "footnote") {
            let firstParagraph = paragraphIndex + 1
            let paragraphs = xml.descendants(footnote).filter { xml.isWord($0, "p") }
            let id = xml.attribute(footnote, "id") ?? ""
            let type = xml.attribute(footnote, "type") ?? "normal"
            guard type == "normal", id != "-1", id != "0", let number = footnoteNumbers[id], seen.insert(id).inserted else {
                paragraphIndex += paragraphs.count
                continue
            }
            var text = MarkedText()
            ownMarkAtStart = number
            for p in paragraphs {
                paragraphIndex += 1
                if !text.isEmpty { text.append("\n") }
                inline(xml, p, into: &text, location: SourceLocation(file: file, line: paragraphIndex, column: 1, part: part))
            }
            bodies.append((number, text, SourceLocation(file: file, line: firstParagraph, column: 1, part: part)))
        }
        for body in bodies.sorted(by: { $0.number < $1.number }) {
            builder.addFootnote(number: body.number, text: body.text, location: body.location)
        }
    }

    // MARK: Language

    /// The language `w:lang` gives the most text (in the attribute for the text's
    /// script), unless more text is tagged with no UN language at all. In a script
    /// some runs tag, only what runs tag counts: the defaults are often the
    /// template's (Word's en-US) rather than the author's.
    var markupLanguage: String? {
        var total: [String: Int] = [:]
        for (run, defaults) in letters.values {
            total.merge(run.isEmpty ? defaults : run, uniquingKeysWith: +)
        }
        guard let best = total.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), !best.key.isEmpty, best.value > 0 else { return nil }
        return best.key
    }
}
