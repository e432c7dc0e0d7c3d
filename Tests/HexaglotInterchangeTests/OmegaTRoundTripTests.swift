import Foundation
import HexaglotReaders
import HexaglotTestSupport
import XCTest

/// A real CAT tool round trip: OmegaT (Debian's `omegat` 3.6, console mode) translates a zh→fr XLIFF
/// 1.2 export from a TMX that `hexaglot tmx --codes omegat` made of the repository's zh and fr templates,
/// placeholders included; importing its output gives back the French template byte for byte, lint clean.
///
/// What OmegaT 3.6 does (source at tag v3.6.0_10):
/// - Its XLIFF filter translates what `<target>` holds and leaves `<source>` alone (`XLIFFDialect`
///   makes `source` an intact tag), so the file is exported with `--source-in-target`.
/// - A `<ph>` becomes the shortcut `<t0/>`: the first letter of its content, then its position in the
///   segment (`XLIFFDialect.constructShortcuts`); leading and trailing codes are cut off the segment
///   unless the project's filters say `removeTags="false"` (`filters3/Entry.java`, `isRemoveTags`).
/// - Console mode fills a segment only from an exact match in `tm/auto`, shortcuts included
///   (`ImportFromAutoTMX.process`: `existEntries.get(e.source)`). A TMX naming OmegaT as its creation
///   tool is read verbatim (`TMXReader2.parseSegOmegaT`); any other TMX's `<ph>` are dropped unless
///   "Display tags" is on, and then numbered by position in each variant, `x` ignored
///   (`parseSegExtLevel1/2`), so a TMX of renderings or of `<ph>` codes matches no unit with codes.
/// - A translation can only hold the segment's own codes (`Entry.checkAndRecoverTags`): the one unit
///   whose French cites a name the Chinese does not (`{term:cop}`) is left out of the TMX and untranslated.
final class OmegaTRoundTripTests: XCTestCase {
    static let omegat = "/usr/bin/omegat"
    static let template = "Templates/fr/cbd-wg2020-2-2.yaml"
    static let untranslatable = ["paragraphs.meetings-by-others"]

    func testOmegaTTranslatesEveryUnitWithPlaceholdersFromTheTemplateTMXAndImportGivesTheFrenchTemplateBack() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.omegat) else {
            throw XCTSkip("OmegaT is not installed (apt-get install omegat; .ci/run installs it): CAT tool round trip skipped")
        }
        let scratch = try ScratchWorkspace()
        let original = try scratch.read(Self.template)
        // Values the French template lacks a translation for: two headings, a footnote, and the title,
        // whose three placeholders come in the opposite order in French.
        try scratch.edit(Self.template, replacing: "  introduction: Introduction\n", with: "  introduction: À traduire\n")
        try scratch.edit(Self.template, replacing: "  submissions: Communications\n", with: "  submissions: À traduire\n")
        try scratch.edit(Self.template, replacing: "  webpage: \"{url:post2020-url}.\"\n", with: "  webpage: À traduire.\n")
        let title = try XCTUnwrap(original.split(separator: "\n").first { $0.hasPrefix("title: ") })
        try scratch.edit(Self.template, replacing: title + "\n", with: "title: \"À traduire\"\n")

        // The project: the XLIFF to translate, and the translation memory of the repository's templates.
        let project = scratch.path("omegat-project")
        for folder in ["source", "target", "tm/auto", "omegat", "glossary", "dictionary", "config"] {
            try FileManager.default.createDirectory(atPath: "\(project)/\(folder)", withIntermediateDirectories: true)
        }
        try Self.projectFile.write(toFile: "\(project)/omegat.project", atomically: true, encoding: .utf8)
        try Self.filters.write(toFile: "\(project)/omegat/filters.xml", atomically: true, encoding: .utf8)
        let xliff = "\(project)/source/cbd.xlf"
        try expectSuccess(runHexaglot(["xliff", "export", scratch.noteModel, "--source", "zh", "--target", "fr", "--version", "1.2",
                                       "--source-in-target", "-o", xliff]))
        let tmx = "\(project)/tm/auto/templates.tmx"
        try expectSuccess(runHexaglot(["tmx", Repo.noteModel, "--source", "zh", "--target", "fr", "--codes", "omegat", "-o", tmx]))
        XCTAssertNil(try XMLLint.problems(Array(try Data(contentsOf: URL(fileURLWithPath: tmx))), schema: XMLLint.tmx))

        // Its own configuration folder, so no translator's preferences take part.
        let omegat = try run(Self.omegat, [project, "--mode=console-translate", "--config-dir=\(project)/config"])
        XCTAssertEqual(omegat.status, 0, omegat.output)
        let translated = "\(project)/target/cbd.xlf"

        // Every unit OmegaT filled has a target other than the copy of its source it was given.
        let given = try XLIFFFile([UInt8](try Data(contentsOf: URL(fileURLWithPath: xliff))), file: xliff)
        let output = try XLIFFFile([UInt8](try Data(contentsOf: URL(fileURLWithPath: translated))), file: translated)
        XCTAssertEqual(output.units.map(\.id), given.units.map(\.id))
        func content(_ unit: XLIFFFile.Unit) -> [String] {
            (unit.target ?? []).map { if case .code(let c) = $0 { "c" + (c.data ?? c.id) } else if case .text(let t) = $0 { "t" + t } else { "" } }
        }
        let filled = zip(given.units, output.units).filter { content($0) != content($1) }.map(\.1)
        XCTAssertEqual(Set(filled.map(\.id)), Set(given.units.map(\.id)).subtracting(Self.untranslatable))
        let withCodes = filled.filter { unit in (unit.target ?? []).contains { if case .code = $0 { true } else { false } } }
        XCTAssertEqual(withCodes.count, 45, "units with placeholders OmegaT translated")
        XCTAssertEqual(given.units.count, 50)

        let imported = try runHexaglot(["xliff", "import", translated, "--root", scratch.root])
        XCTAssertEqual(imported.status, 0, imported.stderr + imported.stdout)
        XCTAssertEqual(imported.stdout, "", "lint found: \(imported.stdout)")
        XCTAssertTrue(imported.stderr.contains("4 values changed"), imported.stderr)
        XCTAssertEqual(try scratch.read(Self.template), original)
    }

    private func expectSuccess(_ result: CommandResult, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// Leading and trailing codes stay in the segment (as in the TMX), so a translation may move them.
    static let filters = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <filters removeTags="false"/>

        """

    /// No sentence segmentation: one segment per unit, as the TMX has one per template key.
    static let projectFile = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
            <project version="1.0">
                <source_dir>source</source_dir>
                <target_dir>target</target_dir>
                <tm_dir>tm</tm_dir>
                <glossary_dir>glossary</glossary_dir>
                <glossary_file>glossary/glossary.txt</glossary_file>
                <dictionary_dir>dictionary</dictionary_dir>
                <source_lang>zh</source_lang>
                <target_lang>fr</target_lang>
                <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
                <target_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</target_tok>
                <sentence_seg>false</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
            </project>
        </omegat>

        """
}
