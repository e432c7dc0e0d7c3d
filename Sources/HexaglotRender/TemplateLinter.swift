import Foundation
import HexaglotICU
import HexaglotModel
import HexaglotTree

/// `hexaglot lint`: every document model against every language that has a
/// template for it. Reports, with file:line:column, what the renderer would
/// refuse (unknown, missing and extra keys, placeholders of the wrong type,
/// footnotes cited wrongly, recursive terms), literal values written into
/// prose where a typed placeholder belongs, terms spelled out where the locale
/// has them, names without a source and names without a form the locale declares,
/// and a `facts.yaml` or `headings.yaml` that does not load.
public struct TemplateLinter {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func lint() throws -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let documents = try modelPaths()
        guard !documents.isEmpty else {
            throw HexaglotError.usage("no document models under \(workspace.root)/Documents (expected Documents/<id>/note.yaml)")
        }
        for language in try workspace.languages() {
            let pack: LanguagePack
            do {
                pack = try workspace.loadLanguage(language)
            } catch let error as HexaglotError {
                findings.append(Diagnostic(error))
                continue
            }
            // What the readers and the checker read (they leave a language out that fails to load).
            for load in [{ _ = try workspace.loadFactVocabulary(language) }, { _ = try workspace.loadHeadingWords(language) }] {
                do { try load() } catch let error as HexaglotError { findings.append(Diagnostic(error)) }
            }
            findings += LiteralValueRule(icuLocale: pack.locale.icu).check(pack)
            findings += TerminologyRules(pack: pack).check()
            for path in documents {
                let model = try workspace.loadModel(at: path)
                let templatePath = workspace.templatePath(language: language, document: model.id)
                guard FileManager.default.fileExists(atPath: templatePath) else { continue }
                do {
                    let renderer = try Renderer(model: model, language: language, workspace: workspace)
                    findings += LiteralValueRule(icuLocale: pack.locale.icu).check(renderer.template)
                    findings += TerminologyRules(pack: pack).check(renderer.template)
                    findings += renderer.diagnose()
                } catch let error as HexaglotError {
                    findings.append(Diagnostic(error))
                }
            }
        }
        return findings.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    private func modelPaths() throws -> [String] {
        let folder = "\(workspace.root)/Documents"
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return ids.sorted().map { "\(folder)/\($0)/note.yaml" }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}

extension Diagnostic {
    /// A load error (malformed YAML, a bad placeholder) as a lint finding.
    init(_ error: HexaglotError) {
        switch error {
        case .invalidInput(let location, let file, let message), .inconsistent(let location, let file, let message):
            self.init(.unknownKey, at: location ?? SourceLocation(file: file, line: 1, column: 1), message)
        default:
            self.init(.unknownKey, at: SourceLocation(file: "", line: 1, column: 1), error.description)
        }
    }
}
