import HexaglotTree

/// Word's automatic numbering (`word/numbering.xml`): each `w:num` points to
/// an abstract definition whose levels have a format (`decimal`,
/// `lowerLetter`, `upperRoman` …), a text (`"(%2)"`) and a start, possibly
/// overridden. Counting follows Word: instances of one abstract definition
/// share their counters unless an override restarts them, and a level's
/// count restarts whenever a higher level moves on.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    struct Instance {
        var abstract: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private(set) var abstracts: [String: [Int: Level]] = [:]
    private(set) var instances: [String: Instance] = [:]

    init() {}

    init(_ xml: WordXML) {
        guard let root = xml.root else { return }
        for child in xml.children(root) {
            if xml.isWord(child, "abstractNum"), let id = xml.attribute(child, "abstractNumId") {
                var levels: [Int: Level] = [:]
                for lvl in xml.children(child) where xml.isWord(lvl, "lvl") {
                    guard let ilvl = xml.attribute(lvl, "ilvl").flatMap(Int.init), (0...8).contains(ilvl) else { continue }
                    levels[ilvl] = Self.level(xml, lvl, ilvl: ilvl)
                }
                abstracts[id] = levels
            } else if xml.isWord(child, "num"), let id = xml.attribute(child, "numId"), let abstract = xml.value(child, "abstractNumId") {
                var instance = Instance(abstract: abstract)
                for override in xml.children(child) where xml.isWord(override, "lvlOverride") {
                    guard let ilvl = xml.attribute(override, "ilvl").flatMap(Int.init), (0...8).contains(ilvl) else { continue }
                    if let start = xml.value(override, "startOverride").flatMap(Int.init) { instance.startOverrides[ilvl] = start }
                    if let lvl = xml.child(override, "lvl") { instance.levelOverrides[ilvl] = Self.level(xml, lvl, ilvl: ilvl) }
                }
                instances[id] = instance
            }
        }
    }

    private static func level(_ xml: WordXML, _ lvl: Int, ilvl: Int) -> Level {
        Level(format: xml.value(lvl, "numFmt") ?? "decimal",
              text: xml.value(lvl, "lvlText") ?? "%\(ilvl + 1).",
              start: xml.value(lvl, "start").flatMap(Int.init).map { max(0, min($0, 100_000)) } ?? 1)
    }

    func level(_ numId: String, _ ilvl: Int) -> Level? {
        guard let instance = instances[numId] else { return nil }
        return instance.levelOverrides[ilvl] ?? abstracts[instance.abstract]?[ilvl]
    }
}

/// The numbers Word shows, paragraph after paragraph.
struct WordNumberingCounter {
    let numbering: WordNumbering
    private var counters: [String: [Int: Int]] = [:]
    private var started: Set<String> = []

    init(_ numbering: WordNumbering) {
        self.numbering = numbering
    }

    /// The next number of a list level, and its label as Word shows it ("(a)", "1.", "IV."); nil when the list is not defined.
    mutating func next(numId: String, level ilvl: Int) -> (label: String, number: Int)? {
        let ilvl = max(0, min(ilvl, 8))
        guard let instance = numbering.instances[numId], let level = numbering.level(numId, ilvl) else { return nil }
        let key = instance.abstract
        if started.insert(numId).inserted, !instance.startOverrides.isEmpty {
            for (l, start) in instance.startOverrides { counters[key, default: [:]][l] = start - 1 }
        }
        let value = (counters[key]?[ilvl] ?? (level.start - 1)) + 1
        counters[key, default: [:]][ilvl] = value
        for deeper in (ilvl + 1)..<9 { counters[key]?[deeper] = nil }
        guard level.format != "none" else { return ("", value) }
        var label = ""
        let chars = Array(level.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let d = chars[i + 1].wholeNumberValue, (1...9).contains(d) {
                let l = d - 1
                let shownLevel = numbering.level(numId, l) ?? level
                let n = l == ilvl ? value : (counters[key]?[l] ?? shownLevel.start)
                label += WordNumberFormat.format(n, shownLevel.format)
                i += 2
            } else {
                label.append(chars[i])
                i += 1
            }
        }
        return (label.trimmingSpaces, value)
    }
}

/// Numbers in Word's number formats.
enum WordNumberFormat {
    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": ListLetters.latin(n)
        case "upperLetter": ListLetters.latin(n, upper: true)
        case "lowerRoman": RomanNumeral.lowercase(n)
        case "upperRoman": RomanNumeral.lowercase(n).uppercased()
        case "decimalZero": n < 10 && n >= 0 ? "0\(n)" : "\(n)"
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
             "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
            chinese(n)
        case "arabicAbjad": fromList(n, LabelRecognizer.arabicLetters)
        case "arabicAlpha": fromList(n, arabicAlphabet)
        case "russianLower": fromList(n, russianLetters)
        case "russianUpper": fromList(n, russianLetters).uppercased()
        case "bullet": ""
        default: "\(n)"
        }
    }

    static func chinese(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch n {
        case 1...9: return digits[n]
        case 10...19: return "十" + digits[n - 10]
        case 20...99: return digits[n / 10] + "十" + digits[n % 10]
        default: return "\(n)"
        }
    }

    static let arabicAlphabet = ["أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "هـ", "و", "ي"]
    static let russianLetters = ["а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о", "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "э", "ю", "я"]

    private static func fromList(_ n: Int, _ list: [String]) -> String {
        guard n >= 1 else { return "\(n)" }
        let letter = list[(n - 1) % list.count]
        return String(repeating: letter, count: min((n - 1) / list.count + 1, 50))
    }
}
