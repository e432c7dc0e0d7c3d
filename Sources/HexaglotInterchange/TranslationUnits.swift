import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTree

/// The units a translator works on: one per prose leaf of the source language's template (its key
/// path is the unit's id), with the target language's prose where its template has it, every
/// placeholder an inline code shown as its value in each language. XLIFF export writes these;
/// import checks a returned file against them.
public struct TranslationUnits {
    public struct Code: Hashable, Sendable {
        /// Unique in the unit: "1", "2" … for the source's placeholders; a target-only one follows them.
        public var id: String
        public var placeholder: Placeholder
        /// The placeholder's text in the source and in the target language.
        public var sourceDisplay: String?
        public var targetDisplay: String?
    }

    public enum Piece: Hashable, Sendable {
        case text(String)
        case code(Code)
    }

    public struct Unit: Sendable {
        public var id: String
        public var source: [Piece]
        /// Nil where the target template lacks the key.
        public var target: [Piece]?
        /// The sources the target locale gives for the names and terms cited.
        public var notes: [String]
    }

    public var document: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var units: [Unit]
    /// The target template's path, and its text (nil when it does not exist yet).
    public var targetPath: String
    public var targetText: TemplateText?
    public var sourceText: TemplateText

    /// The units of `model` from `source` into `target`, read from `workspace`.
    public init(model: NoteModel, source: String, target: String, workspace: Workspace) throws {
        let languages = try workspace.languages()
        for language in [source, target] where !languages.contains(language) {
            throw HexaglotError.usage("unknown language '\(language)'; expected one of: \(languages.joined(separator: ", "))")
        }
        guard source != target else { throw HexaglotError.usage("the source and target languages are both '\(source)'") }
        document = model.id
        sourceLanguage = source
        targetLanguage = target
        let sourcePath = workspace.templatePath(language: source, document: model.id)
        let sourceText = try TemplateText(try Workspace.readText(sourcePath), file: sourcePath)
        let targetPath = workspace.templatePath(language: target, document: model.id)
        let targetText = FileManager.default.fileExists(atPath: targetPath) ? try TemplateText(try Workspace.readText(targetPath), file: targetPath) : nil
        (self.sourceText, self.targetPath, self.targetText) = (sourceText, targetPath, targetText)

        let sourcePack = try workspace.loadLanguage(source), targetPack = try workspace.loadLanguage(target)
        let sourceTemplate = try workspace.loadTemplate(language: source, document: model.id)
        let sourceDisplay = PlaceholderDisplay(model: model, pack: sourcePack, template: sourceTemplate)
        let targetDisplay = targetText == nil ? nil : PlaceholderDisplay(
            model: model, pack: targetPack, template: try workspace.loadTemplate(language: target, document: model.id))
        let display = { (p: Placeholder) in (sourceDisplay.text(of: p), targetDisplay?.text(of: p)) }

        units = try sourceText.leaves.map { leaf in
            let sourceProse = try Self.prose(leaf, file: sourcePath)
            var codes: [Code] = []
            let source = sourceProse.segments.map { segment -> Piece in
                switch segment {
                case .text(let text): return .text(text)
                case .placeholder(let p):
                    let (s, t) = display(p)
                    codes.append(Code(id: String(codes.count + 1), placeholder: p, sourceDisplay: s, targetDisplay: t))
                    return .code(codes.last!)
                }
            }
            var translation: [Piece]?
            if let targetLeaf = targetText?.leaf(leaf.path) {
                var unused = codes
                var extra = codes.count
                translation = try Self.prose(targetLeaf, file: targetPath).segments.map { segment -> Piece in
                    switch segment {
                    case .text(let text): return .text(text)
                    case .placeholder(let p):
                        if let i = unused.firstIndex(where: { $0.placeholder.text == p.text }) { return .code(unused.remove(at: i)) }
                        extra += 1
                        let (s, t) = display(p)
                        return .code(Code(id: String(extra), placeholder: p, sourceDisplay: s, targetDisplay: t))
                    }
                }
            }
            return Unit(id: leaf.path, source: source, target: translation,
                        notes: Self.notes(sourceProse.placeholders, pack: targetPack, language: target))
        }
    }

    private static func prose(_ leaf: TemplateText.Leaf, file: String) throws -> Prose {
        do {
            return try Prose(parsing: leaf.value)
        } catch {
            throw HexaglotError.invalidInput(leaf.location, file: file, message: error.message)
        }
    }

    /// "{term:gbf}: official CBD/WG2020/1/5 … fr", once per name with a source.
    private static func notes(_ placeholders: [Placeholder], pack: LanguagePack, language: String) -> [String] {
        var seen = Set<String>()
        return placeholders.compactMap { p in
            let table: [String: TermEntry]? = switch p.kind {
            case .term: pack.terminology.terms
            case .value(.states): pack.terminology.states
            case .value(.organizations): pack.terminology.organizations
            case .value(.place): pack.terminology.places
            default: nil
            }
            let name = "{\(p.kind.name):\(p.ref)}"
            guard let source = table?[p.ref]?.source, seen.insert(name).inserted else { return nil }
            return "\(name) (\(language)): \(source)"
        }
    }
}

extension Placeholder {
    /// What a code cites, whatever its modifiers: a translation may change `{term:ipslc}` to
    /// `{term:ipslc|deArticle}` (a form its language needs), not the name.
    var citation: String { "\(kind.name):\(ref)" }
}

extension TranslationUnits.Unit {
    public var sourceCodes: [TranslationUnits.Code] {
        source.compactMap { if case .code(let code) = $0 { code } else { nil } }
    }

    public var targetCodes: [TranslationUnits.Code] {
        (target ?? []).compactMap { if case .code(let code) = $0 { code } else { nil } }
    }

    /// For each code of the target, in order, the position among the source's codes of the one citing
    /// the same name (the nth citation of a name paired with the nth), since a target may reorder codes
    /// and change their modifiers; nil for a name the source does not cite.
    public var sourcePositionsOfTargetCodes: [Int?] {
        var free = Array(sourceCodes.map(\.placeholder.citation).enumerated())
        return targetCodes.map { code in
            free.firstIndex { $0.element == code.placeholder.citation }.map { free.remove(at: $0).offset }
        }
    }

    /// The source with each code replaced by the target's code citing the same name, where the target has
    /// one: a copy of the source for a tool that translates `<target>` and can only move the codes it holds,
    /// so a translation keeps the target's forms (`{term:ipslc|deArticle}`). Codes show their source-language value.
    var sourceWithTargetCodes: [TranslationUnits.Piece] {
        var targetCodeAt: [Int: TranslationUnits.Code] = [:]
        for (code, position) in zip(targetCodes, sourcePositionsOfTargetCodes) {
            if let position { targetCodeAt[position] = code }
        }
        var position = -1
        return source.map { piece in
            guard case .code(let code) = piece else { return piece }
            position += 1
            var copy = targetCodeAt[position] ?? code
            (copy.sourceDisplay, copy.targetDisplay) = (code.sourceDisplay, code.sourceDisplay)
            return .code(copy)
        }
    }
}
