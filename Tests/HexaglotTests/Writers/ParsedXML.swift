import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element parsed with Foundation's `XMLParser`: enough of a DOM to
/// ask a DOCX part what it holds. Parsing fails on anything not well-formed.
final class ParsedXML {
    let name: String
    let attributes: [String: String]
    private(set) var children: [ParsedXML] = []
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ data: Data) throws -> ParsedXML {
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
    func all(_ name: String) -> [ParsedXML] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func child(_ name: String) -> ParsedXML? { children.first { $0.name == name } }

    /// The text of every `w:t` below, joined.
    var wordText: String { all("w:t").map(\.text).joined() }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: ParsedXML?
        var stack: [ParsedXML] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = ParsedXML(name: name, attributes: attributes)
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
