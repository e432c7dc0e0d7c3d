import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HexaglotTree

/// One XML part of a DOCX as an element tree, parsed with Foundation's
/// XMLParser. Names are resolved against their namespaces here (Word's
/// prefixes are only a convention), the text of `w:t` elements is kept, and
/// a part that is not well-formed, has a DTD or nests too deep is an error
/// naming the part and the line and column the parser reports.
struct WordXML {
    enum Namespace {
        case word, relationships, markupCompatibility, none, other
    }

    struct Node {
        var namespace: Namespace
        var name: String
        var attributes: [(namespace: Namespace, name: String, value: String)]
        var children: [Int] = []
        var text = ""
    }

    static let maxDepth = 256
    private(set) var nodes: [Node] = []

    var root: Int? { nodes.isEmpty ? nil : 0 }

    subscript(_ i: Int) -> Node { nodes[i] }

    init(_ data: Data, file: String, part: String) throws {
        let clean = try Self.cleanUTF8(data, file: file, part: part)
        if let dtd = Self.find(Array("<!DOCTYPE".utf8), in: clean) ?? Self.find(Array("<!ENTITY".utf8), in: clean) {
            let (line, column) = Self.lineAndColumn(of: dtd, in: clean)
            throw Self.error(file, part, line, column, "a DTD is not allowed in a DOCX part")
        }
        let delegate = WordXMLDelegate()
        let parser = XMLParser(data: clean)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure {
            throw Self.error(file, part, failure.line, failure.column, failure.message)
        }
        if !ok || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw Self.error(file, part, delegate.errorLine ?? parser.lineNumber, delegate.errorColumn ?? parser.columnNumber,
                             "malformed XML (\(Self.describe(code)))")
        }
        nodes = delegate.nodes
        guard !nodes.isEmpty else { throw Self.error(file, part, 1, 1, "malformed XML (no root element)") }
    }

    /// The part as UTF-8 that XMLParser can take: Foundation's parser traps on
    /// names that are not valid UTF-8, so invalid bytes are a located error
    /// here; UTF-16 (with its byte order mark) is transcoded, and the XML
    /// declaration loses its `encoding`, which no longer applies.
    static func cleanUTF8(_ data: Data, file: String, part: String) throws -> Data {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { i in
                littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
        }
        var text: String
        do {
            text = try UTF8Text.decode(bytes, file: "\(file)[\(part)]")
        } catch HexaglotError.invalidInput(let location, _, let message) {
            throw HexaglotError.invalidInput(location, file: file, message: "\(part): \(message)")
        }
        if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>") {
            let declaration = text[..<end.upperBound]
            let newlines = String(repeating: "\n", count: declaration.filter { $0 == "\n" }.count)
            text = "<?xml version=\"1.0\"?>" + newlines + text[end.upperBound...]
        }
        return Data(text.utf8)
    }

    // MARK: Queries

    func children(_ i: Int) -> [Int] { nodes[i].children }

    /// The first child element in Word's namespace named `name`.
    func child(_ i: Int, _ name: String) -> Int? {
        nodes[i].children.first { nodes[$0].namespace == .word && nodes[$0].name == name }
    }

    func isWord(_ i: Int, _ name: String) -> Bool { nodes[i].namespace == .word && nodes[i].name == name }

    /// An attribute in Word's namespace (`w:val`) by default, or in `namespace` (`.none` for unprefixed ones).
    func attribute(_ i: Int, _ name: String, namespace: Namespace = .word) -> String? {
        nodes[i].attributes.first { $0.namespace == namespace && $0.name == name }?.value
    }

    /// `w:val` of a child element (`<w:pStyle w:val="Heading1"/>`).
    func value(_ i: Int, _ child: String) -> String? {
        self.child(i, child).flatMap { attribute($0, "val") }
    }

    /// Word's on/off properties: present means on unless `w:val` says false.
    func isOn(_ i: Int, _ child: String) -> Bool {
        guard let c = self.child(i, child) else { return false }
        return !["0", "false", "off"].contains(attribute(c, "val") ?? "true")
    }

    /// Elements below `i` in document order.
    func descendants(_ i: Int) -> [Int] {
        var result: [Int] = []
        var pending = Array(nodes[i].children.reversed())
        while let n = pending.popLast() {
            result.append(n)
            pending += nodes[n].children.reversed()
        }
        return result
    }

    // MARK: Errors

    static func error(_ file: String, _ part: String, _ line: Int, _ column: Int, _ message: String) -> HexaglotError {
        .invalidInput(SourceLocation(file: "\(file)[\(part)]", line: max(line, 1), column: max(column, 1)), file: file,
                      message: "\(part): \(message)")
    }

    private static func find(_ needle: [UInt8], in data: Data) -> Int? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
            let bytes = buffer.bindMemory(to: UInt8.self)
            guard bytes.count >= needle.count else { return nil }
            var i = 0
            while i <= bytes.count - needle.count {
                if bytes[i] == needle[0], (1..<needle.count).allSatisfy({ bytes[i + $0] == needle[$0] }) { return i }
                i += 1
            }
            return nil
        }
    }

    private static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        let before = data.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        return (line, String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1)
    }

    static func describe(_ code: Int) -> String {
        let known: [Int: String] = [
            4: "the part is empty", 5: "the part ends before its root element is closed", 9: "an invalid character",
            23: "an unterminated entity reference", 26: "an undeclared entity", 38: "an unterminated attribute value",
            39: "an attribute has no value", 41: "an attribute is not started", 42: "an attribute is not finished",
            64: "a malformed XML declaration", 68: "a '<' is not allowed here", 73: "a '>' is missing",
            76: "an end tag does not match its start tag", 77: "a tag is not finished", 85: "extra content after the root element",
        ]
        return known[code] ?? "XML parser error \(code)"
    }
}

/// Builds the node list, resolving prefixes with the `xmlns` declarations in scope.
private final class WordXMLDelegate: NSObject, XMLParserDelegate {
    var nodes: [WordXML.Node] = []
    var stack: [Int] = []
    var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]
    var failure: (line: Int, column: Int, message: String)?
    var errorLine: Int?
    var errorColumn: Int?

    static let word: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let relationships: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard stack.count < WordXML.maxDepth else {
            failure = (parser.lineNumber, parser.columnNumber, "elements nest deeper than \(WordXML.maxDepth) levels")
            parser.abortParsing()
            return
        }
        var scope = scopes.last ?? [:]
        for (key, value) in attributeDict {
            if key == "xmlns" { scope[""] = value } else if key.hasPrefix("xmlns:") { scope[String(key.dropFirst(6))] = value }
        }
        scopes.append(scope)
        let (namespace, name) = resolve(elementName, scope, isAttribute: false)
        var attributes: [(namespace: WordXML.Namespace, name: String, value: String)] = []
        for (key, value) in attributeDict.sorted(by: { $0.key < $1.key }) where key != "xmlns" && !key.hasPrefix("xmlns:") {
            let (ns, local) = resolve(key, scope, isAttribute: true)
            attributes.append((ns, local, value))
        }
        nodes.append(WordXML.Node(namespace: namespace, name: name, attributes: attributes))
        let index = nodes.count - 1
        if let parent = stack.last { nodes[parent].children.append(index) }
        stack.append(index)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
        scopes.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let top = stack.last, nodes[top].name == "t" || nodes[top].name == "delText" || nodes[top].name == "instrText" else { return }
        nodes[top].text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorLine == nil {
            errorLine = parser.lineNumber
            errorColumn = parser.columnNumber
        }
    }

    private func resolve(_ qualified: String, _ scope: [String: String], isAttribute: Bool) -> (WordXML.Namespace, String) {
        let parts = qualified.split(separator: ":", maxSplits: 1).map(String.init)
        let (prefix, local) = parts.count == 2 ? (parts[0], parts[1]) : ("", parts.first ?? "")
        // An unprefixed attribute has no namespace, whatever the default namespace is.
        if prefix.isEmpty && isAttribute { return (.none, local) }
        guard let uri = scope[prefix] else { return (prefix.isEmpty ? .none : .other, local) }
        if Self.word.contains(uri) { return (.word, local) }
        if Self.relationships.contains(uri) { return (.relationships, local) }
        if uri == "http://schemas.openxmlformats.org/markup-compatibility/2006" { return (.markupCompatibility, local) }
        if uri.hasSuffix("/package/2006/relationships") || uri.hasSuffix("/content-types") { return (.none, local) }
        return (.other, local)
    }
}
