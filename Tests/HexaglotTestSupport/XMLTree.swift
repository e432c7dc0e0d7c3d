import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document parsed with Foundation's `XMLParser` into a small tree: enough of
/// a DOM to assert on the JUnit and HTML reports and to ask a DOCX part what it holds.
/// Parsing fails on anything not well-formed.
public final class XMLTree {
    public let name: String
    public let attributes: [String: String]
    public private(set) var children: [XMLTree] = []
    /// The text directly inside this element.
    public private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    public struct NotWellFormed: Error, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        try parse(Data(bytes))
    }

    public static func parse(_ data: Data) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NotWellFormed(description: "\(parser.parserError.map { "\($0)" } ?? "no root element") "
                                + "at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return root
    }

    /// Every element below this one named `name`, in document order.
    public func all(_ name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// Every element below this one, in document order.
    public var descendants: [XMLTree] { children.flatMap { [$0] + $0.descendants } }

    public func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    public func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// The text of this element and everything below it.
    public var allText: String { text + children.map(\.allText).joined() }

    /// The text of every `w:t` below (a DOCX part's words), joined.
    public var wordText: String { all("w:t").map(\.text).joined() }

    public var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: name, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
