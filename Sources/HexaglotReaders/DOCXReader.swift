import Foundation
import HexaglotTree

/// Reads a Word document as Hexaglot writes it and as people write it:
/// paragraphs of `word/document.xml` in order (tables and content controls
/// included, deleted text and drawings left out), numbered either by a typed
/// label or by Word's automatic numbering (`w:numPr`, counted as Word counts
/// and labelled from `word/numbering.xml`); heading styles make sections;
/// real footnotes (`w:footnoteReference`) are numbered in order of
/// reference, their bodies read from `word/footnotes.xml`. Each node is
/// located by its part and paragraph index.
public struct DOCXReader: DocumentReader {
    public init() {}

    public func read(_ bytes: [UInt8], file: String) throws -> Document {
        try readDeclaringLanguage(bytes, file: file).document
    }

    /// The language `w:lang` tags most of the text with (runs over the styles' defaults).
    public func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> ReadDocument {
        let package = try DOCXArchive(bytes, file: file)
        let parts = try DOCXParts(package, file: file)
        guard let documentData = try package.part(parts.document) else {
            throw HexaglotError.invalidInput(nil, file: file, message: "no main document part (\(parts.document)); is this a Word document?")
        }
        let document = try WordXML(documentData, file: file, part: parts.document)
        let styles = try parts.styles.flatMap { part in try package.part(part).map { try WordXML($0, file: file, part: part) } }
            .map(WordStyles.init) ?? WordStyles()
        let numbering = try parts.numbering.flatMap { part in try package.part(part).map { try WordXML($0, file: file, part: part) } }
            .map(WordNumbering.init) ?? WordNumbering()
        let footnotes = try parts.footnotes.flatMap { part in try package.part(part).map { try WordXML($0, file: file, part: part) } }

        var body = WordBodyReader(file: file, styles: styles, numbering: numbering)
        body.readDocument(document, part: parts.document)
        if let footnotes, let part = parts.footnotes { body.readFootnotes(footnotes, part: part) }
        let (built, detection) = try body.builder.finishDetecting()
        var result = built
        let markup = body.markupLanguage
        if let markup {
            result.language = markup
            result.direction = DocumentBuilder.direction(for: markup)
        }
        return ReadDocument(document: result, markupLanguage: markup, textLanguage: detection)
    }
}

/// The parts of the package that matter, found through its relationships
/// (with Word's usual names when they are missing).
struct DOCXParts {
    var document = "word/document.xml"
    var styles: String?
    var numbering: String?
    var footnotes: String?

    init(_ package: DOCXArchive, file: String) throws {
        if let data = try package.part("_rels/.rels") {
            let rels = try WordXML(data, file: file, part: "_rels/.rels")
            if let target = Self.targets(rels, source: "", type: "/officeDocument").first { document = target }
        }
        let folder = document.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (document.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        var found: [String: String] = [:]
        if let data = try package.part(relsPart) {
            let rels = try WordXML(data, file: file, part: relsPart)
            for type in ["styles", "numbering", "footnotes"] {
                found[type] = Self.targets(rels, source: folder, type: "/" + type).first
            }
        }
        func part(_ type: String) -> String? {
            if let target = found[type], package.contains(target) { return target }
            let usual = (folder.isEmpty ? "" : folder + "/") + type + ".xml"
            return package.contains(usual) ? usual : nil
        }
        styles = part("styles")
        numbering = part("numbering")
        footnotes = part("footnotes")
    }

    /// Internal targets of the relationships whose type ends with `type`, as part names.
    static func targets(_ rels: WordXML, source folder: String, type: String) -> [String] {
        guard let root = rels.root else { return [] }
        return rels.children(root).compactMap { r in
            guard rels[r].name == "Relationship", rels.attribute(r, "TargetMode", namespace: .none) != "External",
                  let t = rels.attribute(r, "Type", namespace: .none), t.hasSuffix(type),
                  let target = rels.attribute(r, "Target", namespace: .none) else { return nil }
            return resolve(target, from: folder)
        }
    }

    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}
