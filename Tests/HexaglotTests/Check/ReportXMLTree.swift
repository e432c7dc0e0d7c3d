import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document parsed with Foundation's `XMLParser` into a small tree, for
/// asserting on the JUnit and HTML reports. Parsing fails on anything not well-formed.
final class ReportXMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [ReportXMLTree] = []
    /// The text directly inside this element.
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ bytes: [UInt8]) throws -> ReportXMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NotWellFormed(description: "\(parser.parserError.map { "\($0)" } ?? "no root element") "
                                + "at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        return root
    }

    /// Every element below this one named `name`, in document order.
    func all(_ name: String) -> [ReportXMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// Every element below this one, in document order.
    var descendants: [ReportXMLTree] { children.flatMap { [$0] + $0.descendants } }

    func children(_ name: String) -> [ReportXMLTree] { children.filter { $0.name == name } }

    /// The text of this element and everything below it.
    var allText: String { text + children.map(\.allText).joined() }

    var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: ReportXMLTree?
        var stack: [ReportXMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = ReportXMLTree(name: name, attributes: attributes)
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
