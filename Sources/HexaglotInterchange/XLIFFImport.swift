import Foundation
import HexaglotModel
import HexaglotReaders
import HexaglotTree

/// A translated XLIFF file merged back into `Templates/<target>/<document>.yaml`: every unit is
/// checked first (each error located in the XLIFF, naming the unit), and the template is written
/// only when all are valid, with only the changed values rewritten (key order and comments kept).
public struct XLIFFImport {
    public var workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public struct Merge: Sendable {
        /// The template written (or that would be), its new text, and the keys whose prose changed.
        public var path: String
        public var text: String
        public var changed: [String]
        public var unchanged: Bool
    }

    /// Checks `file` against the workspace and returns the merged template text; writes nothing.
    public func merge(_ file: XLIFFFile) throws -> Merge {
        let fileLocation = file.fileLocation
        func fail(_ location: SourceLocation?, _ message: String) -> HexaglotError {
            .invalidInput(location ?? fileLocation, file: file.file, message: message)
        }
        guard let document = file.original, Self.isName(document) else {
            throw fail(nil, "expected the document id (letters, digits, '-') as the <file> original, found '\(file.original ?? "")'")
        }
        guard let target = file.targetLanguage else { throw fail(nil, "expected a target language on the file") }
        let model = workspace.root + "/Documents/\(document)/note.yaml"
        guard FileManager.default.fileExists(atPath: model) else {
            throw fail(nil, "unknown document '\(document)': \(model) does not exist")
        }
        let units = try TranslationUnits(model: try workspace.loadModel(at: model), source: file.sourceLanguage, target: target,
                                         workspace: workspace)
        let expected = Dictionary(uniqueKeysWithValues: units.units.map { ($0.id, $0) })
        var seen: [String: SourceLocation] = [:]
        var changes: [(path: String, value: String)] = []
        for unit in file.units {
            guard let known = expected[unit.id] else {
                throw fail(unit.location, "unit '\(unit.id)': no such key in \(units.sourceText.file); expected one of the template's keys")
            }
            if let first = seen[unit.id] { throw fail(unit.location, "unit '\(unit.id)' appears twice (first at line \(first.line))") }
            seen[unit.id] = unit.location
            if let current = units.sourceText.leaf(unit.id)?.value, Self.text(unit.source, known: known) != current {
                throw fail(unit.location, "unit '\(unit.id)': its source is not the prose of \(units.sourceText.file) any more; expected the current source (export the file again)")
            }
            // No target, an empty one, or a copy of the source (a tool's untranslated segment): left as it is.
            guard let pieces = unit.target, pieces.contains(where: { if case .text(let t) = $0 { !t.isEmpty } else { true } }),
                  !Self.sameText(pieces, unit.source) else { continue }
            changes.append((unit.id, try prose(pieces, unit: unit, known: known, file: file, fail: fail)))
        }
        if let missing = units.units.first(where: { seen[$0.id] == nil }) {
            throw fail(nil, "no unit for key '\(missing.id)' of \(units.sourceText.file) in this <file>; expected one unit per key (export the file again)")
        }
        let path = units.targetPath
        let old = units.targetText?.text ?? ""
        let text = (units.targetText ?? TemplateText.empty(file: path)).replacing(changes)
        _ = try DocumentTemplate.decode(yaml: text, file: path)
        let changedKeys = changes.filter { units.targetText?.leaf($0.path)?.value != $0.value }.map(\.path)
        return Merge(path: path, text: text, changed: changedKeys, unchanged: text == old)
    }

    /// The prose of a unit's target, its codes checked against the unit's source and its template prose.
    private func prose(_ pieces: [XLIFFFile.Piece], unit: XLIFFFile.Unit, known: TranslationUnits.Unit, file: XLIFFFile,
                       fail: (SourceLocation?, String) -> HexaglotError) throws -> String {
        var codes: [String: TranslationUnits.Code] = [:]
        for case .code(let code) in known.source + (known.target ?? []) { codes[code.id] = code }
        // A code may change its modifiers (a form the target language needs: `{ordinal:x|figures}`), not what it cites.
        func cites(_ p: Placeholder) -> String { p.citation }
        let allowed = Set(codes.values.map { cites($0.placeholder) })
        var used: [String: SourceLocation] = [:]
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let t):
                text += t.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .code(let code):
                let placeholder = code.data ?? codes[code.id]?.placeholder.text
                let segments = placeholder.flatMap { try? Prose(parsing: $0) }?.segments
                guard let placeholder, let segments, segments.count == 1, case .placeholder(let p) = segments[0], allowed.contains(cites(p)) else {
                    throw fail(code.location, "unit '\(unit.id)': inline code \(code.id) (\(code.data ?? "no data")) is not one of this unit's codes; expected only codes of its source or of its template prose")
                }
                if let first = used[code.id] {
                    throw fail(code.location, "unit '\(unit.id)': inline code \(code.id) (\(placeholder)) is duplicated (first at line \(first.line), column \(first.column)); expected each code once")
                }
                used[code.id] = code.location
                text += placeholder
            }
        }
        let parsed: Prose
        do { parsed = try Prose(parsing: text) } catch {
            throw fail(unit.targetLocation, "unit '\(unit.id)': the target does not read as template prose: \(error.message)")
        }
        let cited = Set(parsed.placeholders.map(cites))
        for case .code(let code) in known.source where !cited.contains(cites(code.placeholder)) {
            throw fail(unit.targetLocation, "unit '\(unit.id)': inline code \(code.id) (\(code.placeholder.text)) was deleted; expected it in the target")
        }
        var footnotes = Set<String>()
        for p in parsed.placeholders where p.kind == .footnote && !footnotes.insert(p.ref).inserted {
            throw fail(unit.targetLocation, "unit '\(unit.id)': footnote '\(p.ref)' is cited twice; expected it once")
        }
        return text
    }

    /// Merges `file` and writes the template atomically (nothing written when any unit is invalid).
    public func run(_ file: XLIFFFile) throws -> Merge {
        let merge = try self.merge(file)
        if !merge.unchanged {
            do {
                try FileManager.default.createDirectory(atPath: (merge.path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(merge.text.utf8).write(to: URL(fileURLWithPath: merge.path), options: .atomic)
            } catch {
                throw HexaglotError.io(path: merge.path, message: "cannot write the template: \(error.localizedDescription)")
            }
        }
        return merge
    }

    /// Template prose from XLIFF text and codes (a code without data by its id among the unit's codes).
    static func text(_ pieces: [XLIFFFile.Piece], known: TranslationUnits.Unit) -> String {
        var codes: [String: String] = [:]
        for case .code(let code) in known.source + (known.target ?? []) { codes[code.id] = code.placeholder.text }
        return pieces.map { piece in
            switch piece {
            case .text(let t): t.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .code(let c): c.data ?? codes[c.id] ?? ""
            }
        }.joined()
    }

    /// The same text and codes citing the same names (by id where a code has no data), whatever each
    /// code displays or which form of a name it holds (a source copied into its target with the target's forms).
    static func sameText(_ a: [XLIFFFile.Piece], _ b: [XLIFFFile.Piece]) -> Bool {
        func cited(_ code: XLIFFFile.Code) -> String {
            guard let segments = code.data.flatMap({ try? Prose(parsing: $0) })?.segments, segments.count == 1,
                  case .placeholder(let p) = segments[0] else { return "c" + code.id }
            return "n" + p.citation
        }
        func key(_ pieces: [XLIFFFile.Piece]) -> [String] {
            pieces.map { if case .text(let t) = $0 { "t" + t } else if case .code(let c) = $0 { cited(c) } else { "" } }
        }
        return key(a).joined(separator: "\u{0}") == key(b).joined(separator: "\u{0}")
    }

    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
