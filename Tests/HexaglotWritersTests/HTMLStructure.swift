import HexaglotTestSupport
import XCTest

/// A strict reading of the tags of an HTML page the writer made: every
/// element closed in order (void elements excepted), no stray `<`, and the
/// ids and `#` links it holds.
struct HTMLStructure {
    static let voidElements: Set = ["meta", "link", "br", "hr", "img", "input", "wbr"]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var ids: [String] = []
    private(set) var internalLinkTargets: [String] = []
    private(set) var rootAttributes: [String: String] = [:]
    private var elements: [(name: String, classes: String)] = []

    init(_ html: String) throws {
        guard html.hasPrefix("<!DOCTYPE html>\n") else { throw Malformed(description: "no HTML5 doctype") }
        let tags = html.matches(of: /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/)
        let markupStarts = html.matches(of: /</).count
        guard tags.count + 1 == markupStarts else {
            throw Malformed(description: "\(markupStarts - 1 - tags.count) '<' that open no well-formed tag")
        }
        var open: [String] = []
        for tag in tags {
            let name = String(tag.2)
            if tag.1 == "/" {
                guard open.last == name else { throw Malformed(description: "</\(name)> closes <\(open.last ?? "nothing")>") }
                open.removeLast()
                continue
            }
            var attributes: [String: String] = [:]
            for attribute in tag.3.matches(of: /([a-z-]+)="([^"]*)"/) {
                attributes[String(attribute.1)] = String(attribute.2)
            }
            if name == "html" { rootAttributes = attributes }
            if let id = attributes["id"] { ids.append(id) }
            if let href = attributes["href"], href.hasPrefix("#") { internalLinkTargets.append(String(href.dropFirst())) }
            elements.append((name, attributes["class"] ?? ""))
            if !Self.voidElements.contains(name) { open.append(name) }
        }
        guard open.isEmpty else { throw Malformed(description: "unclosed: \(open)") }
    }

    var duplicateIDs: [String] {
        Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    func count(of name: String, class className: String? = nil) -> Int {
        elements.filter { element in
            element.name == name && className.map { element.classes.split(separator: " ").contains(Substring($0)) } ?? true
        }.count
    }
}
