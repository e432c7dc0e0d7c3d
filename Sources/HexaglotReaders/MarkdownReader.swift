import HexaglotTree

/// Reads Markdown as Hexaglot writes it and as people write it: lines before
/// the first section are the masthead, title (the first heading) and author
/// line; sections are headings with their label ("## I\. Introduction");
/// paragraphs and sub-items are known by their label ("1\.", "(a)", or a
/// list's "1."); footnotes are `[^label]` with definitions `[^label]: body`
/// (continued on indented lines), numbered in order of first citation.
/// Nodes are located at the line and column of their first character after the label.
public struct MarkdownReader: DocumentReader {
    public init() {}

    public func read(_ bytes: [UInt8], file: String) throws -> Document {
        try readDeclaringLanguage(bytes, file: file).document
    }

    /// The language of the front matter's `lang:` (or `language:`).
    public func readDeclaringLanguage(_ bytes: [UInt8], file: String) throws -> ReadDocument {
        let text = try UTF8Text.decode(bytes, file: file)
        let lines = text.lines.map(\.scalarArray)
        let scan = MarkdownBlocks(lines: lines)
        let numbering = FootnoteNumbering()
        var builder = DocumentBuilder(file: file)
        builder.detectsSymbolLine = true
        if let lang = (scan.frontMatter["lang"] ?? scan.frontMatter["language"])?.value { builder.language = LanguageTag.unLanguage(lang) }
        let markup = builder.language
        if let dir = scan.frontMatter["dir"]?.value { builder.direction = TextDirection(rawValue: dir.lowercased()) }

        func parse(_ block: MarkdownBlocks.Block) -> MarkedText {
            MarkdownInlines.parse(block.segments, lines: lines, literal: block.kind == .literal,
                                  references: scan.references, numbering: numbering, file: file)
        }
        func location(_ block: MarkdownBlocks.Block) -> SourceLocation {
            let first = block.segments.first
            return SourceLocation(file: file, line: (first?.line ?? 0) + 1, column: (first?.start ?? 0) + 1)
        }
        for key in ["title", "author"] {
            guard let entry = scan.frontMatter[key] else { continue }
            let block = Block([.text(entry.value)], location: SourceLocation(file: file, line: entry.line + 1, column: 1))
            if key == "title" { builder.metadataTitle = block } else { builder.metadataAuthor = block }
        }

        var definitions: [String: MarkdownBlocks.Block] = [:]
        var definitionOrder: [String] = []
        for block in scan.blocks where !builder.isFull {
            switch block.kind {
            case .footnote(let label):
                if definitions[label] == nil { definitions[label] = block; definitionOrder.append(label) }
            case .heading(let level):
                builder.addBlock(parse(block), kind: .heading(level: level), location: location(block))
            case .paragraph, .literal:
                builder.addBlock(parse(block), kind: .body, location: location(block))
            }
        }
        // Bodies in order of their number, so that references inside them are numbered in
        // reading order; definitions never cited come last, in file order.
        var queue = numbering.labels.filter { definitions[$0] != nil }
        var done = Set<String>()
        var next = 0
        var uncited = definitionOrder.makeIterator()
        while true {
            if next == queue.count {
                guard let label = uncited.next() else { break }
                if numbering.existing(label) != nil { continue }
                _ = numbering.number(for: label)
                queue.append(label)
            }
            let label = queue[next]
            next += 1
            guard let block = definitions[label], done.insert(label).inserted else { continue }
            let known = numbering.labels.count
            let text = parse(block)
            builder.addFootnote(number: numbering.number(for: label), text: text, location: location(block))
            queue += numbering.labels[known...].filter { definitions[$0] != nil }
        }
        let (document, detection) = try builder.finishDetecting()
        return ReadDocument(document: document, markupLanguage: markup, textLanguage: detection)
    }
}
