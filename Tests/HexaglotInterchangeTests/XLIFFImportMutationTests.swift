import Foundation
import HexaglotTestSupport
import XCTest

/// Every broken translation is refused before anything is written: a located error naming the
/// unit (file:line:column in the XLIFF), exit 2, the template untouched.
final class XLIFFImportMutationTests: XCTestCase {
    static let template = "Templates/fr/cbd-wg2020-2-2.yaml"
    static let unit = "<trans-unit id=\"paragraphs.support\""

    private struct NotFound: Error { var needle: String }

    private struct Mutation {
        var name: String
        var version: String
        /// The exported file → the broken one, and the offset (in its Unicode scalars) the error must point at.
        var apply: (String) throws -> (text: String, at: Int)
        var message: String
    }

    /// "line:column" (1-based, in Unicode scalars) of a scalar offset.
    private func position(_ offset: Int, in text: String) -> String {
        let head = text.unicodeScalars.prefix(offset)
        let line = head.filter { $0 == "\n" }.count + 1
        let column = head.count - (head.lastIndex(of: "\n").map { head.distance(from: head.startIndex, to: $0) + 1 } ?? 0) + 1
        return "\(line):\(column)"
    }

    /// The scalar offset of `needle` in `text`, searching from `from`.
    private func offset(of needle: String, in text: String, from: Int = 0) throws -> Int {
        let scalars = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        for i in from..<max(from, scalars.count - pattern.count + 1) where Array(scalars[i..<(i + pattern.count)]) == pattern { return i }
        throw NotFound(needle: needle)
    }

    /// `text` with the scalars in `range` replaced.
    private func replacing(_ text: String, _ range: Range<Int>, with new: String) -> String {
        var scalars = Array(text.unicodeScalars)
        scalars.replaceSubrange(range, with: Array(new.unicodeScalars))
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private var mutations: [Mutation] {
        // In the 1.2 export, the French target of paragraphs.support and its first code, the one
        // {states:supporting-states|deArticle} (the only code for the States there).
        func support(_ text: String) throws -> (target: Int, code: Range<Int>) {
            let target = try offset(of: "<target", in: text, from: try offset(of: Self.unit, in: text))
            let code = try offset(of: "<ph ", in: text, from: target)
            return (target, code..<(try offset(of: "</ph>", in: text, from: code) + 5))
        }
        return [
            Mutation(name: "deleted code", version: "1.2", apply: { text in
                let (target, code) = try support(text)
                return (self.replacing(text, code, with: ""), target)
            }, message: "unit 'paragraphs.support': inline code 1 ({states:supporting-states}) was deleted"),
            Mutation(name: "duplicated code", version: "1.2", apply: { text in
                let (_, code) = try support(text)
                let copy = String(String.UnicodeScalarView(Array(text.unicodeScalars)[code]))
                return (self.replacing(text, code.upperBound..<code.upperBound, with: copy), code.upperBound)
            }, message: "unit 'paragraphs.support': inline code 3 ({states:supporting-states|deArticle}) is duplicated"),
            Mutation(name: "invented code", version: "1.2", apply: { text in
                let (_, code) = try support(text)
                return (self.replacing(text, code.upperBound..<code.upperBound, with: "<ph id=\"99\" ctype=\"x-term\">{term:cop}</ph>"), code.upperBound)
            }, message: "unit 'paragraphs.support': inline code 99 ({term:cop}) is not one of this unit's codes"),
            Mutation(name: "invented code (2.1)", version: "2.1", apply: { text in
                let at = try self.offset(of: "<target>Communications</target>", in: text) + "<target>Communications".unicodeScalars.count
                return (self.replacing(text, at..<at, with: "<ph id=\"9\" dataRef=\"d1\"/>"), at)
            }, message: "unit 'sections.submissions': inline code 9 (no data) is not one of this unit's codes"),
            Mutation(name: "missing unit", version: "1.2", apply: { text in
                let start = try self.offset(of: "      <trans-unit id=\"sections.submissions\"", in: text)
                let end = try self.offset(of: "</trans-unit>\n", in: text, from: start) + "</trans-unit>\n".unicodeScalars.count
                return (self.replacing(text, start..<end, with: ""), try self.offset(of: "<file ", in: text))
            }, message: "no unit for key 'sections.submissions'"),
            Mutation(name: "unknown key", version: "2.1", apply: { text in
                let at = try self.offset(of: "<unit id=\"sections.submissions\"", in: text)
                let extra = "<unit id=\"sections.nonesuch\"><segment><source>x</source></segment></unit>\n    "
                return (self.replacing(text, at..<at, with: extra), at)
            }, message: "unit 'sections.nonesuch': no such key"),
            Mutation(name: "malformed XML", version: "1.2", apply: { text in
                let at = try self.offset(of: "导言</source>", in: text)
                return (self.replacing(text, at..<(at + "导言</source>".unicodeScalars.count), with: "导言</sourc>"), at)
            }, message: "malformed XML"),
        ]
    }

    func testEveryBrokenFileIsALocatedErrorAndTheTemplateIsUntouched() throws {
        for mutation in mutations {
            let scratch = try ScratchWorkspace()
            let before = try scratch.read(Self.template)
            let path = scratch.path("cbd.xlf")
            let export = try runHexaglot(["xliff", "export", scratch.noteModel, "--source", "zh", "--target", "fr",
                                          "--version", mutation.version, "-o", path])
            XCTAssertEqual(export.status, 0, export.stderr)
            let (broken, at) = try mutation.apply(try String(contentsOfFile: path, encoding: .utf8))
            try broken.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try runHexaglot(["xliff", "import", path, "--root", scratch.root])
            XCTAssertEqual(result.status, 2, "\(mutation.name): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(mutation.message), "\(mutation.name): \(result.stderr)")
            let expected = position(at, in: broken)
            if mutation.name == "malformed XML" {
                // The parser reports where it noticed, on the line of the broken tag.
                let line = expected.split(separator: ":")[0]
                XCTAssertTrue(result.stderr.hasPrefix("\(path):\(line):"), "\(mutation.name): \(result.stderr)")
            } else {
                XCTAssertTrue(result.stderr.hasPrefix("\(path):\(expected): error: "), "\(mutation.name): expected at \(expected): \(result.stderr)")
            }
            XCTAssertEqual(try scratch.read(Self.template), before, mutation.name)
        }
    }
}
