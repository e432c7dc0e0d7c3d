import Foundation
import HexaglotTree

/// The words headings are printed with, for the readers to tell a division's kind
/// (`Locales/<lang>/headings.yaml`): a word before the number ("Article 24",
/// "المادة 24"), words around it (Chinese "第二十四条", "附件二"), a word alone
/// ("Preamble", "序言"), and ordinal adverbs that number sections (Arabic
/// "أولاً -"). Numbers themselves are read by ICU. The key set is closed, and the
/// file says where its words come from (`source`).
public struct HeadingWords: Hashable, Sendable {
    /// Lower-case word → kind.
    public var before: [String: DivisionKind] = [:]
    public var alone: [String: DivisionKind] = [:]
    /// A numeral between two words ("第" … "条"); `after` may be empty ("附件二").
    public var around: [Frame] = []
    /// The ordinal adverbs, first to last (the first is 1).
    public var adverbs: [String] = []

    public struct Frame: Hashable, Sendable {
        public var before: String
        public var after: String
        public var kind: DivisionKind

        public init(before: String, after: String, kind: DivisionKind) {
            self.before = before
            self.after = after
            self.kind = kind
        }
    }

    public init() {}

    /// Every language's words together: a reader meets text before its language is known.
    public static func union(_ all: [HeadingWords]) -> HeadingWords {
        var u = HeadingWords()
        for words in all {
            u.before.merge(words.before) { first, _ in first }
            u.alone.merge(words.alone) { first, _ in first }
            u.around += words.around.filter { !u.around.contains($0) }
            if u.adverbs.isEmpty { u.adverbs = words.adverbs }
        }
        // Longest words first, so that "部分" is tried before a shorter word it could contain.
        u.around.sort { ($0.before.count + $0.after.count, $0.before, $0.after) > ($1.before.count + $1.after.count, $1.before, $1.after) }
        return u
    }

    public static func decode(yaml text: String, file: String) throws -> HeadingWords {
        let root = try YAMLNode.parse(text, file: file)
        let f = try root.fields("the heading words", allowed: ["before", "alone", "around", "adverbs", "source"])
        guard f["source"] != nil else { throw root.error("the heading words need a 'source' saying where they come from") }
        var words = HeadingWords()
        func kind(_ name: String, _ node: YAMLNode) throws -> DivisionKind {
            guard let kind = DivisionKind(rawValue: name) else {
                throw node.error("unknown division kind '\(name)'; expected one of: " + DivisionKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
        for key in ["before", "alone"] {
            for (name, keyNode, list) in try f[key]?.mappingPairs("the '\(key)' words") ?? [] {
                let k = try kind(name, keyNode)
                for word in try list.strings("the words of \(name)") {
                    if key == "before" { words.before[word.lowercased()] = k } else { words.alone[word.lowercased()] = k }
                }
            }
        }
        for (name, keyNode, pair) in try f["around"]?.mappingPairs("the 'around' words") ?? [] {
            let two = try pair.strings("the words around a number of \(name), [before, after]")
            guard two.count == 2, !two[0].isEmpty else { throw pair.error("expected [before, after] around a number of \(name), before not empty") }
            words.around.append(Frame(before: two[0], after: two[1], kind: try kind(name, keyNode)))
        }
        words.adverbs = try f["adverbs"]?.strings("the ordinal adverbs") ?? []
        return words
    }

    /// Every language's heading words in `Workspace.standard`; none if it has none or they do not load
    /// (`hexaglot lint` reports a file that does not).
    public static let standard: HeadingWords = (try? Workspace.standard?.loadHeadingWords()) ?? HeadingWords()
}

extension Workspace {
    /// The heading words of every language of the workspace (`Locales/*/headings.yaml`), together.
    public func loadHeadingWords() throws -> HeadingWords {
        .union(try languages().compactMap(loadHeadingWords))
    }

    /// One language's `headings.yaml`; nil when the language has none.
    public func loadHeadingWords(_ language: String) throws -> HeadingWords? {
        let path = "\(localeFolder(language))/headings.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try HeadingWords.decode(yaml: try Self.readText(path), file: path)
    }
}
