import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HexaglotTree

/// An XML file as a tree of elements with mixed content, each element located (line and column of
/// its start tag), parsed with Foundation's XMLParser with namespaces resolved. For interchange
/// files (XLIFF) whose inline markup matters; a DTD or an entity declaration is refused, as in DOCX parts.
public struct XMLTree: Sendable {
    public enum Content: Sendable {
        case text(String)
        case element(Int)
    }

    public struct Element: Sendable {
        public var namespace: String
        public var name: String
        /// By qualified name as written (`id`, `xml:lang`).
        public var attributes: [String: String]
        public var content: [Content] = []
        public var location: SourceLocation

        public var elements: [Int] { content.compactMap { if case .element(let i) = $0 { i } else { nil } } }
    }

    public static let maxDepth = 64
    public private(set) var elements: [Element] = []
    public let file: String

    public subscript(_ i: Int) -> Element { elements[i] }

    public init(_ bytes: [UInt8], file: String) throws {
        self.file = file
        let text = try UTF8Text.decode(bytes, file: file)
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            if let range = text.range(of: marker) {
                let before = text[..<range.lowerBound]
                let line = before.filter { $0 == "\n" }.count + 1
                let column = String(before.reversed().prefix { $0 != "\n" }).unicodeScalars.count + 1
                throw HexaglotError.invalidInput(SourceLocation(file: file, line: line, column: column), file: file,
                                                 message: "a DTD is not allowed here; expected an XML document without one")
            }
        }
        let delegate = XMLTreeDelegate(file: file)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        if !ok || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw HexaglotError.invalidInput(
                SourceLocation(file: file, line: max(delegate.errorLine ?? parser.lineNumber, 1), column: max(delegate.errorColumn ?? parser.columnNumber, 1)),
                file: file, message: "malformed XML (\(WordXML.describe(code)))")
        }
        guard !delegate.elements.isEmpty else {
            throw HexaglotError.invalidInput(SourceLocation(file: file, line: 1, column: 1), file: file, message: "malformed XML (no root element)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        elements = delegate.elements.map { element in
            var element = element
            element.location = Self.tagStart(before: element.location, in: lines)
            return element
        }
    }

    /// The parser reports an element where its start tag ends: the `<` that opens it is the
    /// nearest one before (an attribute value cannot hold one), on that line or an earlier one.
    private static func tagStart(before end: SourceLocation, in lines: [[Unicode.Scalar]]) -> SourceLocation {
        var line = end.line - 1
        var column = end.column - 1
        while line >= 0, line < lines.count {
            var i = min(column, lines[line].count - 1)
            while i >= 0 {
                if lines[line][i] == "<" { return SourceLocation(file: end.file, line: line + 1, column: i + 1) }
                i -= 1
            }
            line -= 1
            column = Int.max
        }
        return end
    }

    /// The child elements of `i` named `name` (in `i`'s namespace).
    public func children(_ i: Int, _ name: String) -> [Int] {
        elements[i].elements.filter { elements[$0].name == name && elements[$0].namespace == elements[i].namespace }
    }

    public func child(_ i: Int, _ name: String) -> Int? { children(i, name).first }

    /// Every descendant named `name`, in document order.
    public func descendants(_ i: Int, _ name: String) -> [Int] {
        elements[i].elements.flatMap { (elements[$0].name == name ? [$0] : []) + descendants($0, name) }
    }

    /// The text of `i` and its descendants.
    public func text(_ i: Int) -> String {
        elements[i].content.map { if case .text(let t) = $0 { t } else if case .element(let e) = $0 { text(e) } else { "" } }.joined()
    }

    public func error(_ i: Int, _ message: String) -> HexaglotError {
        .invalidInput(elements[i].location, file: file, message: message)
    }
}

private final class XMLTreeDelegate: NSObject, XMLParserDelegate {
    let file: String
    var elements: [XMLTree.Element] = []
    var stack: [Int] = []
    var failure: HexaglotError?
    var errorLine: Int?
    var errorColumn: Int?

    init(file: String) { self.file = file }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let location = SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        guard stack.count < XMLTree.maxDepth else {
            failure = .invalidInput(location, file: file, message: "elements nest deeper than \(XMLTree.maxDepth) levels")
            parser.abortParsing()
            return
        }
        elements.append(XMLTree.Element(namespace: namespaceURI ?? "", name: elementName,
                                        attributes: attributeDict.filter { !$0.key.hasPrefix("xmlns") }, location: location))
        let index = elements.count - 1
        if let parent = stack.last { elements[parent].content.append(.element(index)) }
        stack.append(index)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let top = stack.last else { return }
        if case .text(let previous) = elements[top].content.last {
            elements[top].content[elements[top].content.count - 1] = .text(previous + string)
        } else {
            elements[top].content.append(.text(string))
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorLine == nil {
            errorLine = parser.lineNumber
            errorColumn = parser.columnNumber
        }
    }
}
