import Foundation
import HexaglotModel
import HexaglotRender
import HexaglotTestSupport
@testable import HexaglotTesting
import HexaglotTree
import HexaglotWriters
import XCTest

/// The synthetic notes of `hexaglot-bench synth` (Benchmarks/run's scaling
/// inputs): well-formed, of the size asked for, and renderable in every language.
final class SyntheticNoteTests: XCTestCase {
    private func synthetic(_ scratch: ScratchWorkspace) throws -> (SyntheticNote, NoteModel) {
        let workspace = scratch.workspace
        let model = try workspace.loadModel(at: scratch.noteModel)
        var templates: [String: DocumentTemplate] = [:]
        for language in try workspace.languages() {
            templates[language] = try workspace.loadTemplate(language: language, document: model.id)
        }
        return (SyntheticNote(model: model, templates: templates), model)
    }

    /// Writes the note of `paragraphs` paragraphs into the scratch workspace and loads its model.
    private func write(_ note: SyntheticNote, paragraphs: Int, into scratch: ScratchWorkspace) throws -> NoteModel {
        for (path, text) in note.files(paragraphs: paragraphs) {
            let url = URL(fileURLWithPath: scratch.path(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let id = note.documentId(paragraphs: paragraphs)
        return try scratch.workspace.loadModel(at: scratch.path("Documents/\(id)/note.yaml"))
    }

    func testParagraphsAreCopiesInTheirOwnSectionsWithTheirFootnotes() throws {
        let scratch = try ScratchWorkspace()
        let (note, original) = try synthetic(scratch)
        let originals = original.sections.flatMap(\.paragraphs)
        let n = 2 * originals.count + 3
        let model = try write(note, paragraphs: n, into: scratch)

        XCTAssertEqual(model.id, "\(original.id)-p\(n)")
        XCTAssertEqual(model.sections.map(\.id), original.sections.map(\.id), "the sections stay as they are")
        XCTAssertEqual(model.sections.flatMap(\.paragraphs).count, n)
        for (section, originalSection) in zip(model.sections, original.sections) {
            let bare = section.paragraphs.map { $0.id.replacingOccurrences(of: #"-r\d+$"#, with: "", options: .regularExpression) }
            XCTAssertTrue(Set(bare).isSubset(of: Set(originalSection.paragraphs.map(\.id))), "copies stay in the section of \(section.id)")
        }
        let third = try XCTUnwrap(model.sections.flatMap(\.paragraphs).first { $0.id == "\(originals[0].id)-r3" })
        XCTAssertEqual(third.footnotes, originals[0].footnotes.map { "\($0)-r3" })
        // Footnotes in proportion: every copy brings copies of its own (the agenda's stays single).
        let perRound = originals.reduce(0) { $0 + $1.footnotes.count + $1.subItems.reduce(0) { $0 + $1.footnotes.count } }
        let firstThree = originals.prefix(3).reduce(0) { $0 + $1.footnotes.count + $1.subItems.reduce(0) { $0 + $1.footnotes.count } }
        XCTAssertEqual(model.footnotes.count, 1 + 2 * perRound + firstThree)
        XCTAssertEqual(Set(model.footnotes).count, model.footnotes.count, "footnote ids are unique")
    }

    func testEveryLanguageRendersAllParagraphsAndFootnotes() throws {
        let scratch = try ScratchWorkspace()
        let (note, _) = try synthetic(scratch)
        let model = try write(note, paragraphs: 40, into: scratch)
        for language in try scratch.workspace.languages() {
            let document = try Repo.render(language, workspace: scratch.workspace, model: model)
            let paragraphs = document.sections.flatMap(\.paragraphs)
            XCTAssertEqual(paragraphs.map(\.value), Array(1...40), language)
            XCTAssertEqual(document.footnotes.count, model.footnotes.count, language)
            XCTAssertEqual(document.footnotes.map(\.number), Array(1...model.footnotes.count), "\(language): numbered by first citation")
        }
    }

    /// One round is the note itself: the same text in every language, to the byte.
    func testOneRoundRendersTheNoteItself() throws {
        let scratch = try ScratchWorkspace()
        let (note, original) = try synthetic(scratch)
        let model = try write(note, paragraphs: original.sections.flatMap(\.paragraphs).count, into: scratch)
        for language in try scratch.workspace.languages() {
            XCTAssertEqual(try Repo.renderText(language, workspace: scratch.workspace, model: model),
                           try Repo.renderText(language, workspace: scratch.workspace, model: original), language)
        }
    }

    /// The six renderings of a synthetic note agree: the checker finds no error in them.
    func testCheckFindsNoErrorInTheSixRenderings() throws {
        let scratch = try ScratchWorkspace()
        let (note, _) = try synthetic(scratch)
        let model = try write(note, paragraphs: 30, into: scratch)
        let out = scratch.path("out")
        let render = try runHexaglot(["render", model.file, "--lang", "all", "--format", "text", "-o", out, "--root", scratch.root])
        XCTAssertEqual(render.status, 0, render.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".txt") }.sorted().map { "\(out)/\($0)" }
        XCTAssertEqual(files.count, 6)
        let check = try runHexaglot(["check"] + files + ["--root", scratch.root])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    func testQuotedScalarsSurviveYAML() throws {
        let text = "a \"b\" \\ c\nd\te\u{7}\u{FEFF}\u{202F}г. {footnote:x} أولاً 𝔸"
        let yaml = "key: \(SyntheticNote.quoted(text))\n"
        XCTAssertFalse(yaml.unicodeScalars.contains { $0 == "\u{7}" || $0 == "\u{FEFF}" }, "non-printable characters are escaped")
        let template = try DocumentTemplate.decode(yaml: "title: \(SyntheticNote.quoted(text.replacingOccurrences(of: "{footnote:x}", with: "{{x}}")))\n",
                                                   file: "quoted.yaml")
        XCTAssertEqual(template.title.prose.source, text.replacingOccurrences(of: "{footnote:x}", with: "{{x}}"))
    }
}
