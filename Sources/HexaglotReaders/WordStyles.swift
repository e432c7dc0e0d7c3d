/// What `word/styles.xml` tells a reader: which paragraph styles are
/// headings (by Word's built-in name "heading 1", whatever the UI language
/// calls it, by a localized id such as "Titre1", or by an outline level),
/// which are the title, the author line or the masthead, which numbering a
/// style carries, which character style marks footnote references, and the
/// document's default languages.
struct WordStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var numId: String?
        var level: Int?
        var outlineLevel: Int?
    }

    /// What a paragraph's style chain amounts to.
    struct Resolved {
        var headingLevel: Int?
        var role: DocumentBuilder.HeaderHint?
        var numId: String?
        var level = 0
    }

    private(set) var paragraphStyles: [String: Style] = [:]
    private(set) var characterStyles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?
    /// `w:lang` of the document defaults, as the default paragraph style overrides them.
    private(set) var defaultLanguage = WordLanguage()

    init() {}

    init(_ xml: WordXML) {
        guard let root = xml.root else { return }
        var defaultParagraphLanguage = WordLanguage()
        for child in xml.children(root) {
            if xml.isWord(child, "docDefaults") {
                for lang in xml.descendants(child) where xml.isWord(lang, "lang") { defaultLanguage = WordLanguage(xml, lang).over(defaultLanguage) }
            }
            guard xml.isWord(child, "style"), let id = xml.attribute(child, "styleId") else { continue }
            var style = Style()
            style.name = xml.value(child, "name") ?? id
            style.basedOn = xml.value(child, "basedOn")
            if let pPr = xml.child(child, "pPr") {
                if let numPr = xml.child(pPr, "numPr") {
                    style.numId = xml.value(numPr, "numId")
                    style.level = xml.value(numPr, "ilvl").flatMap(Int.init)
                }
                style.outlineLevel = xml.value(pPr, "outlineLvl").flatMap(Int.init)
            }
            switch xml.attribute(child, "type") ?? "paragraph" {
            case "paragraph":
                paragraphStyles[id] = style
                if ["1", "true", "on"].contains(xml.attribute(child, "default") ?? "") {
                    defaultParagraphStyle = id
                    for lang in xml.descendants(child) where xml.isWord(lang, "lang") { defaultParagraphLanguage = WordLanguage(xml, lang) }
                }
            case "character":
                characterStyles[id] = style
            default:
                break
            }
        }
        defaultLanguage = defaultParagraphLanguage.over(defaultLanguage)
    }


    /// A paragraph style with what it inherits (`w:basedOn`, at most 16 steps, cycles cut).
    func resolve(_ styleId: String?) -> Resolved {
        var resolved = Resolved()
        var id = styleId ?? defaultParagraphStyle
        var seen = Set<String>()
        var numberingSet = false
        while let current = id, seen.count < 16, seen.insert(current).inserted, let style = paragraphStyles[current] {
            if resolved.headingLevel == nil { resolved.headingLevel = Self.headingLevel(id: current, style: style) }
            if resolved.role == nil { resolved.role = Self.role(id: current, name: style.name) }
            if !numberingSet, let numId = style.numId {
                resolved.numId = numId
                resolved.level = style.level ?? 0
                numberingSet = true
            }
            id = style.basedOn
        }
        return resolved
    }

    /// Whether a character style is Word's "footnote reference" (or inherits it).
    func isFootnoteReference(_ styleId: String?) -> Bool {
        var id = styleId
        var seen = Set<String>()
        while let current = id, seen.count < 16, seen.insert(current).inserted {
            let name = characterStyles[current]?.name.lowercased() ?? ""
            if current.lowercased() == "footnotereference" || name == "footnote reference" || name == "endnote reference" { return true }
            id = characterStyles[current]?.basedOn
        }
        return false
    }

    static func headingLevel(id: String, style: Style) -> Int? {
        let name = style.name.lowercased()
        if name.hasPrefix("heading "), let n = Int(name.dropFirst(8)), (1...9).contains(n) { return n }
        let lowerID = id.lowercased()
        for prefix in ["heading", "titre", "titolo", "ttulo", "título", "berschrift", "überschrift", "kop", "заголовок"] where lowerID.hasPrefix(prefix) {
            if let n = Int(lowerID.dropFirst(prefix.count)), (1...9).contains(n) { return n }
        }
        if let outline = style.outlineLevel, (0...8).contains(outline) { return outline + 1 }
        return nil
    }

    static func role(id: String, name: String) -> DocumentBuilder.HeaderHint? {
        switch (id.lowercased(), name.lowercased()) {
        case ("documentsymbol", _), (_, "document symbol"): .symbol
        case ("title", _), (_, "title"), ("titre", _): .title
        case ("author", _), (_, "author"): .author
        case ("masthead", _), (_, "masthead"): .masthead(nil)
        default: nil
        }
    }
}

/// One `w:lang`: Word tags text in the attribute for its script, `w:eastAsia`
/// for Chinese (and Japanese, Korean), `w:bidi` for right-to-left text
/// (Arabic), `w:val` for the rest.
struct WordLanguage: Equatable {
    var val: String?
    var eastAsia: String?
    var bidi: String?

    init(val: String? = nil, eastAsia: String? = nil, bidi: String? = nil) {
        self.val = val
        self.eastAsia = eastAsia
        self.bidi = bidi
    }

    init(_ xml: WordXML, _ lang: Int) {
        self.init(val: xml.attribute(lang, "val"), eastAsia: xml.attribute(lang, "eastAsia"), bidi: xml.attribute(lang, "bidi"))
    }

    /// These attributes, and `base`'s where these say nothing (a run over the defaults).
    func over(_ base: WordLanguage) -> WordLanguage {
        WordLanguage(val: val ?? base.val, eastAsia: eastAsia ?? base.eastAsia, bidi: bidi ?? base.bidi)
    }

    /// The tag text of a script is in.
    func tag(for script: LanguageDetector.Script) -> String? {
        switch script {
        case .han: eastAsia
        case .arabic: bidi
        case .cyrillic, .latin: val
        }
    }
}
