import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The shape of a document tree as a reader can recover it from any format:
/// one line per node with its number, label and plain text (whitespace
/// collapsed), footnote references in place as ⟨fn N⟩.
enum TreeShape {
    static func of(_ document: Document, symbol: Bool = true) -> String {
        var lines: [String] = []
        if symbol, let s = document.symbol { lines.append("symbol \(s)") }
        for line in document.masthead { lines.append("masthead \(line.role.rawValue): \(text(line.content))") }
        lines.append("title: \(text(document.title.content))")
        lines.append("author: \(text(document.author.content))")
        for division in document.body {
            division.preorder { node, depth in
                let number = node.number.map { " \($0.value)" } ?? ""
                let kind = node.kind == .subparagraph ? "sub-item" : node.kind.rawValue
                lines.append(String(repeating: "  ", count: depth) + "\(kind)\(number) [\(node.label)]: \(text(node.text))")
            }
        }
        for footnote in document.footnotes { lines.append("footnote \(footnote.number): \(text(footnote.content))") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ content: [Inline]) -> String {
        let flat = content.map { inline -> String in
            switch inline {
            case .text(let s): s
            case .value(let v): v.text
            case .term(let t): text(t.content)
            case .footnoteRef(let r): "⟨fn \(r.number)⟩"
            }
        }.joined()
        return flat.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Renders the real note in the six languages, writes it in each format,
/// reads it back and expects the rendered tree's shape.
final class RoundTripReaderTests: XCTestCase {
    static let languages = ["ar", "zh", "en", "fr", "es", "ru"]

    func roundTrip(_ format: DocumentFormat, _ input: DocumentFormat, file: StaticString = #filePath, line: UInt = #line) throws {
        for language in Self.languages {
            let rendered = try Repo.render(language)
            let bytes = try format.writer.write(rendered)
            let path = "/tmp/cbd-wg2020-2-2.\(language).\(format.fileExtension)"
            let read = try input.reader.read(bytes, file: path)
            XCTAssertEqual(TreeShape.of(read), TreeShape.of(rendered), "\(language) \(format.rawValue)", file: file, line: line)
            XCTAssertEqual(read.language, language, file: file, line: line)
            XCTAssertEqual(read.direction, rendered.direction, file: file, line: line)
            XCTAssertGreaterThan(read.footnotes.count, 10, file: file, line: line)
        }
    }

    func testMarkdownRoundTripsInAllSixLanguages() throws {
        try roundTrip(.markdown, .markdown)
    }

    func testHTMLRoundTripsInAllSixLanguages() throws {
        try roundTrip(.html, .html)
    }

    func testDOCXRoundTripsInAllSixLanguages() throws {
        try roundTrip(.docx, .docx)
    }
}
