import HexaglotTree

/// Where the footnotes of an HTML file are, however it was made: references
/// are links to an element of the page whose text is a number (in `<sup>`,
/// or with a footnote-like target id: `#fn3`, `#footnote-3`, `#_ftn3`),
/// or marked as such (`role="doc-noteref"`, `class="footnote-ref"`); bodies
/// are the elements they point to, and the items of a footnotes section
/// (`role="doc-endnotes"`, `class="footnotes"`). Back links are left out.
struct HTMLFootnotes {
    /// Reference element → footnote number.
    private(set) var refs: [Int: Int] = [:]
    /// Reference element → the form its mark is written in ("(3)"), where it shows a number.
    private(set) var forms: [Int: FootnoteMarkerForm] = [:]
    /// Body element → footnote number.
    private(set) var bodies: [Int: Int] = [:]
    /// Footnotes sections, skipped in the running text.
    private(set) var containers: Set<Int> = []
    /// Back links and other markup inside bodies that is not their text.
    private(set) var backLinks: Set<Int> = []

    static let blockElements: Set<String> = HTMLTree.closesParagraph.union(["td", "th", "tr", "tbody", "thead", "tfoot", "caption", "body", "legend"])

    init(_ tree: HTMLTree) {
        var ids: [String: Int] = [:]
        for i in tree.nodes.indices where !tree[i].isText {
            if let id = tree[i].attributes["id"], ids[id] == nil { ids[id] = i }
            if tree[i].name == "a", let name = tree[i].attributes["name"], ids[name] == nil { ids[name] = i }
        }
        for i in tree.nodes.indices where Self.isContainer(tree[i]) && !tree.ancestors(of: i).contains(where: { containers.contains($0) }) {
            containers.insert(i)
        }

        // Candidate references: in-page links that look like footnote calls.
        var candidates: [(anchor: Int, target: Int, shown: Int?, form: FootnoteMarkerForm?)] = []
        for i in tree.nodes.indices where tree[i].name == "a" {
            let node = tree[i]
            guard let href = node.attributes["href"], href.hasPrefix("#"), href.count > 1,
                  let target = ids[String(href.dropFirst())], target != i else { continue }
            let text = tree.plainText(i)
            let shown = Self.number(in: text)
            let marked = node.attributes["role"] == "doc-noteref" || node.hasClass(containing: "footnote-ref") || node.hasClass(containing: "noteref")
            let inSup = tree.ancestors(of: i).prefix(3).contains { tree[$0].name == "sup" } || tree.descendants(of: i).contains { tree[$0].name == "sup" }
            let footnoteLike = Self.isFootnoteLikeID(String(href.dropFirst())) || containers.contains { tree.isDescendant(target, of: $0) }
            if marked || (shown != nil && (inSup || footnoteLike)) {
                candidates.append((i, target, shown, Self.form(in: text)))
            }
        }
        let candidateAnchors = Set(candidates.map(\.anchor))
        for i in tree.nodes.indices where !tree[i].isText {
            let node = tree[i]
            if node.attributes["role"] == "doc-backlink" || node.hasClass(containing: "footnote-back") || node.hasClass(containing: "footnoteback") {
                backLinks.insert(i)
            }
        }
        // A link to a reference is a back link, not a reference.
        for candidate in candidates where candidateAnchors.contains(candidate.target) || tree.isDescendant(candidate.target, of: candidate.anchor) {
            backLinks.insert(candidate.anchor)
        }

        var numberOfBody: [Int: Int] = [:]
        var highest = 0
        for candidate in candidates where !backLinks.contains(candidate.anchor) {
            guard let body = Self.bodyElement(for: candidate.target, in: tree, containers: containers) else { continue }
            let number = numberOfBody[body] ?? candidate.shown ?? (highest + 1)
            if numberOfBody[body] == nil { numberOfBody[body] = number }
            highest = max(highest, number)
            refs[candidate.anchor] = number
            forms[candidate.anchor] = candidate.form
        }
        // Unlinked calls marked as footnote references (a repeated citation).
        for i in tree.nodes.indices where tree[i].name == "sup" && (tree[i].hasClass(containing: "footnote") || tree[i].hasClass(containing: "noteref")) {
            guard !tree.descendants(of: i).contains(where: { tree[$0].name == "a" }) else { continue }
            let text = tree.plainText(i)
            guard let n = Self.number(in: text) else { continue }
            refs[i] = n
            forms[i] = Self.form(in: text)
        }
        // Items of footnotes sections that nothing cites keep a number of their own.
        var taken = Set(numberOfBody.keys)
        for container in containers {
            for item in tree.descendants(of: container) where tree[item].name == "li" || ["doc-footnote", "doc-endnote"].contains(tree[item].attributes["role"] ?? "") {
                guard !taken.contains(item), !tree.ancestors(of: item).contains(where: { taken.contains($0) }) else { continue }
                let below = tree.descendants(of: item)
                guard !below.contains(where: { taken.contains($0) }) else { continue }
                let number = Self.leadingNumber(tree.plainText(item)) ?? Self.number(inID: tree[item].attributes["id"] ?? "") ?? (highest + 1)
                highest = max(highest, number)
                numberOfBody[item] = number
                taken.insert(item)
            }
        }
        bodies = numberOfBody
    }

    static func isContainer(_ node: HTMLTree.Node) -> Bool {
        guard !node.isText else { return false }
        let role = node.attributes["role"] ?? ""
        if role == "doc-endnotes" || role == "doc-footnotes" { return true }
        if node.classes.contains(where: { $0 == "footnotes" || $0 == "endnotes" || $0.hasPrefix("footnotes-") || $0 == "footnote-list" }) { return true }
        if node.attributes["id"] == "footnotes" || node.attributes["id"] == "endnotes" { return true }
        return (node.attributes["style"] ?? "").replacingAll(" ", with: "").contains("mso-element:footnote-list")
    }

    static func isFootnoteLikeID(_ id: String) -> Bool {
        let lower = id.lowercased()
        return ["fn", "foot", "note", "ftn", "edn"].contains { lower.contains($0) }
    }

    /// The element a reference's target stands for: itself when it is a block, else its nearest block ancestor.
    static func bodyElement(for target: Int, in tree: HTMLTree, containers: Set<Int>) -> Int? {
        var candidate = target
        if !blockElements.contains(tree[target].name) {
            guard let block = tree.ancestors(of: target).first(where: { blockElements.contains(tree[$0].name) }) else { return nil }
            candidate = block
        }
        if containers.contains(candidate) || ["body", "html", "main", "article", "#root"].contains(tree[candidate].name) { return nil }
        return candidate
    }

    /// "3", "[3]", "(3)": the number a footnote call shows.
    static func form(in text: String) -> FootnoteMarkerForm? {
        FootnoteMarkerForm.read(Substring(text))?.form
    }

    static func number(in text: String) -> Int? {
        var t = Substring(text)
        if let f = t.first, f == "[" || f == "(", let l = t.last, l == "]" || l == ")" { t = t.dropFirst().dropLast() }
        guard !t.isEmpty, t.count <= 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(t)
    }

    /// "[3] text", "3. text", "3) text": a number written before a footnote's text.
    static func leadingNumber(_ text: String) -> Int? {
        guard let first = text.split(separator: " ").first else { return nil }
        var t = first
        if t.hasSuffix(".") || t.hasSuffix(")") { t = t.dropLast() }
        return number(in: String(t)) ?? (first.hasPrefix("[") ? number(in: String(first)) : nil)
    }

    static func number(inID id: String) -> Int? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        return Int(String(digits.reversed()))
    }
}
