import HexaglotTree

/// Reads XLIFF (1.2 or 2.x) into documents: the source text and, for a bilingual file, the target
/// text, each unit one block: `masthead.<role>` a masthead line, `title` the title, `footnotes.<id>` a footnote (numbered by first
/// citation; one no unit cites, a paragraph), any other unit a paragraph. Codes show their displayed text (`disp`, `equiv`,
/// `equiv-text`); a code whose data is `{footnote:<id>}` is a footnote reference.
public struct XLIFFReader: DocumentReader {
    public init() {}

    public func read(_ bytes: [UInt8], file: String) throws -> Document {
        try readDeclaringLanguage(bytes, file: file).document
    }

    public func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> ReadDocument {
        let xliff = try XLIFFFile(bytes, file: file)
        return ReadDocument(document: Self.document(xliff, target: false), markupLanguage: xliff.sourceLanguage)
    }

    /// The source and the target as two documents with the languages the file declares (a file
    /// without targets gives the source alone).
    public func readVersions(_ bytes: [UInt8], file: String) throws -> [(document: Document, language: String)] {
        let xliff = try XLIFFFile(bytes, file: file)
        var result = [(Self.document(xliff, target: false), xliff.sourceLanguage)]
        if let target = xliff.targetLanguage, xliff.units.contains(where: { $0.target != nil }) {
            result.append((Self.document(xliff, target: true), target))
        }
        return result
    }

    static func document(_ xliff: XLIFFFile, target: Bool) -> Document {
        let language = (target ? xliff.targetLanguage : nil) ?? xliff.sourceLanguage
        var document = Document(id: xliff.original ?? "", language: LanguageTag.unLanguage(language) ?? language,
                                source: SourceLocation(file: xliff.file, line: 1, column: 1))
        var numbers: [String: Int] = [:]
        func number(_ id: String) -> Int {
            if let n = numbers[id] { return n }
            numbers[id] = numbers.count + 1
            return numbers.count
        }
        func inlines(_ unit: XLIFFFile.Unit) -> [Inline] {
            let codes = Dictionary(unit.source.compactMap { if case .code(let c) = $0 { (c.id, c) } else { nil } }, uniquingKeysWith: { a, _ in a })
            return ((target ? unit.target : unit.source) ?? []).compactMap { piece -> Inline? in
                switch piece {
                case .text(let t): return .text(t)
                case .code(let code):
                    let data = code.data ?? codes[code.id]?.data ?? ""
                    if data.hasPrefix("{footnote:"), data.hasSuffix("}") {
                        let id = String(data.dropFirst(10).dropLast())
                        return .footnoteRef(FootnoteRef(number: number(id), id: id, location: code.location))
                    }
                    return (code.display ?? codes[code.id]?.display).map { .text($0) }
                }
            }
        }
        var notes: [(String, [Inline], SourceLocation)] = []
        for unit in xliff.units {
            let content = inlines(unit)
            if unit.id.hasPrefix("masthead."), let role = MastheadLine.Role(rawValue: String(unit.id.dropFirst(9))) {
                document.masthead.append(MastheadLine(role: role, content: content, location: unit.location))
            } else if unit.id == "title" {
                document.title = Block(content, location: unit.location)
            } else if unit.id.hasPrefix("footnotes.") {
                notes.append((String(unit.id.dropFirst(10)), content, unit.location))
            } else {
                document.body.append(Division(kind: .paragraph, id: unit.id, content: content, location: unit.location))
            }
        }
        // A footnote unit no unit cites (one the masthead cites, in a template) reads as a paragraph.
        for note in notes where numbers[note.0] == nil {
            document.body.append(Division(kind: .paragraph, id: "footnotes." + note.0, content: note.1, location: note.2))
        }
        document.footnotes = notes.filter { numbers[$0.0] != nil }.map { Footnote(number: number($0.0), id: $0.0, content: $0.1, location: $0.2) }
            .sorted { $0.number < $1.number }
        return document
    }
}
