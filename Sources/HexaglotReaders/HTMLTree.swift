/// An HTML element tree built from tokens with the HTML standard's common
/// recovery rules and nothing more: void elements, `<p>` closed by a block,
/// `<li>`, `<dt>`/`<dd>`, table cells and headings closed by their next
/// sibling, end tags closing what is open up to their element, stray end
/// tags ignored. Nodes live in one array (no recursion to free them), and
/// nesting deeper than `maxDepth` is flattened into the deepest element.
struct HTMLTree {
    struct Node {
        /// Lowercased element name; "" for a text node, "#root" for the root.
        var name: String
        var attributes: [String: String] = [:]
        var text = ""
        var children: [Int] = []
        var parent: Int
        var line: Int
        var column: Int

        var isText: Bool { name.isEmpty }
        var classes: [String] { (attributes["class"] ?? "").lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" }.map(String.init) }
        func hasClass(containing word: String) -> Bool { classes.contains { $0.contains(word) } }
    }

    static let maxDepth = 200
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let scopeBoundaries: Set<String> = ["html", "table", "td", "th", "caption", "button", "object", "template", "marquee", "applet"]

    private(set) var nodes: [Node] = [Node(name: "#root", parent: -1, line: 1, column: 1)]
    private var stack: [Int] = [0]

    init(_ tokens: [HTMLTokenizer.Token]) {
        for token in tokens {
            switch token {
            case .startTag(let name, let attributes, _, let line, let column):
                start(name, attributes, line, column)
            case .endTag(let name, let line, let column):
                end(name, line, column)
            case .text(let text, let line, let column):
                appendText(text, line, column)
            }
        }
    }

    private var current: Int { stack.last ?? 0 }

    private mutating func start(_ name: String, _ attributes: [String: String], _ line: Int, _ column: Int) {
        if ["html", "head", "body"].contains(name), nodes.contains(where: { $0.name == name }) {
            return  // a second <html>, <head> or <body> adds nothing
        }
        if Self.closesParagraph.contains(name) { closeInScope("p", boundaries: Self.scopeBoundaries) }
        switch name {
        case "li": closeInScope("li", boundaries: ["ol", "ul", "table", "td", "th", "body", "html"])
        case "dt", "dd": closeInScope(["dt", "dd"], boundaries: ["dl", "table", "body", "html"])
        case "tr": closeInScope("tr", boundaries: ["table"])
        case "td", "th": closeInScope(["td", "th"], boundaries: ["tr", "table"])
        case "option": if nodes[current].name == "option" { stack.removeLast() }
        case "body": closeInScope("head", boundaries: ["html"])
        case _ where Self.headings.contains(name): if Self.headings.contains(nodes[current].name) { stack.removeLast() }
        default: break
        }
        let index = add(Node(name: name, attributes: attributes, parent: current, line: line, column: column))
        if !Self.voidElements.contains(name), stack.count < Self.maxDepth { stack.append(index) }
    }

    private mutating func end(_ name: String, _ line: Int, _ column: Int) {
        switch name {
        case "html", "body": return
        case "br":
            add(Node(name: "br", parent: current, line: line, column: column))
            return
        case "p":
            closeInScope("p", boundaries: Self.scopeBoundaries)
            return
        default: break
        }
        guard let k = stack.lastIndex(where: { nodes[$0].name == name }), k > 0 else { return }
        stack.removeSubrange(k...)
    }

    private mutating func closeInScope(_ name: String, boundaries: Set<String>) {
        closeInScope([name], boundaries: boundaries)
    }

    private mutating func closeInScope(_ names: Set<String>, boundaries: Set<String>) {
        for k in stack.indices.reversed() where k > 0 {
            let n = nodes[stack[k]].name
            if names.contains(n) {
                stack.removeSubrange(k...)
                return
            }
            if boundaries.contains(n) { return }
        }
    }

    private mutating func appendText(_ text: String, _ line: Int, _ column: Int) {
        if let last = nodes[current].children.last, nodes[last].isText {
            nodes[last].text += text
            return
        }
        add(Node(name: "", text: text, parent: current, line: line, column: column))
    }

    @discardableResult
    private mutating func add(_ node: Node) -> Int {
        nodes.append(node)
        nodes[node.parent].children.append(nodes.count - 1)
        return nodes.count - 1
    }

    // MARK: Queries

    subscript(_ index: Int) -> Node { nodes[index] }

    /// The first element named `name`, in document order.
    func first(_ name: String) -> Int? { nodes.indices.first { nodes[$0].name == name } }

    func ancestors(of index: Int) -> some Sequence<Int> {
        sequence(first: nodes[index].parent) { $0 > 0 ? nodes[$0].parent : nil }.lazy.filter { $0 >= 0 }
    }

    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        ancestors(of: index).contains(ancestor)
    }

    /// All text below an element, whitespace collapsed and trimmed.
    func plainText(_ index: Int) -> String {
        var out = ""
        var pending = [index]
        while let i = pending.popLast() {
            if nodes[i].isText { out += nodes[i].text } else { pending += nodes[i].children.reversed() }
        }
        return out.split(whereSeparator: { HTMLTokenizer.isSpace($0.unicodeScalars.first) }).joined(separator: " ")
    }

    /// Elements below `index` (itself excluded), in document order.
    func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var pending = Array(nodes[index].children.reversed())
        while let i = pending.popLast() {
            result.append(i)
            pending += nodes[i].children.reversed()
        }
        return result
    }
}
