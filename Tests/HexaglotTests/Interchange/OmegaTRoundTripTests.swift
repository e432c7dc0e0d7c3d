import Foundation
import XCTest

/// A real CAT tool round trip: OmegaT (Debian's `omegat` 3.6, console mode) translates a zh→fr XLIFF
/// 1.2 export from a TMX that `hexaglot tmx` made of the existing zh and fr renderings; importing its
/// output gives back the French template byte for byte, lint clean.
///
/// OmegaT 3's XLIFF filter translates what `<target>` holds and leaves `<source>` alone
/// (`XLIFFDialect` makes `source` an intact tag), so the file is exported with `--source-in-target`.
/// Its console mode fills a segment only from an exact match in `tm/auto`, tags included; the TMX
/// holds the renderings' plain text, so OmegaT translates the units without placeholders and leaves
/// the others as copies of their source, which import leaves as they are.
final class OmegaTRoundTripTests: XCTestCase {
    static let omegat = "/usr/bin/omegat"
    static let template = "Templates/fr/cbd-wg2020-2-2.yaml"

    func testOmegaTTranslatesFromTheTMXAndImportGivesTheFrenchTemplateBack() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.omegat) else {
            throw XCTSkip("OmegaT is not installed (apt-get install omegat; .ci/run installs it): CAT tool round trip skipped")
        }
        let scratch = try ScratchWorkspace()
        let original = try scratch.read(Self.template)
        // Two headings the French template lacks a translation for (plain scalars, as the original writes them).
        try scratch.edit(Self.template, replacing: "  introduction: Introduction\n", with: "  introduction: À traduire\n")
        try scratch.edit(Self.template, replacing: "  submissions: Communications\n", with: "  submissions: À traduire\n")

        // The project: the XLIFF to translate, and the translation memory of the existing renderings.
        let project = scratch.path("omegat-project")
        for folder in ["source", "target", "tm/auto", "omegat", "glossary", "dictionary"] {
            try FileManager.default.createDirectory(atPath: "\(project)/\(folder)", withIntermediateDirectories: true)
        }
        try Self.projectFile.write(toFile: "\(project)/omegat.project", atomically: true, encoding: .utf8)
        let xliff = "\(project)/source/cbd.xlf"
        try expectSuccess(runHexaglot(["xliff", "export", scratch.noteModel, "--source", "zh", "--target", "fr", "--version", "1.2",
                                       "--source-in-target", "-o", xliff]))
        var renderings: [String] = []
        for language in ["zh", "fr"] {
            let path = scratch.path("cbd-wg2020-2-2.\(language).txt")
            try expectSuccess(runHexaglot(["render", Repo.noteModel, "--lang", language, "--format", "text", "-o", path]))
            renderings.append(path)
        }
        let tmx = "\(project)/tm/auto/renderings.tmx"
        try expectSuccess(runHexaglot(["tmx"] + renderings + ["-o", tmx]))
        XCTAssertNil(try XMLLint.problems(Array(try Data(contentsOf: URL(fileURLWithPath: tmx))), schema: XMLLint.tmx))

        let omegat = try run(Self.omegat, [project, "--mode=console-translate"])
        XCTAssertEqual(omegat.status, 0, omegat.output)
        let translated = "\(project)/target/cbd.xlf"
        let output = try String(contentsOfFile: translated, encoding: .utf8)
        // OmegaT wrote the French of the TMX into the targets it could match.
        XCTAssertTrue(output.contains("<target xml:lang=\"fr\" state=\"translated\">Introduction</target>"), output)
        XCTAssertTrue(output.contains("<target xml:lang=\"fr\" state=\"translated\">Communications</target>"), output)

        let imported = try runHexaglot(["xliff", "import", translated, "--root", scratch.root])
        XCTAssertEqual(imported.status, 0, imported.stderr + imported.stdout)
        XCTAssertEqual(imported.stdout, "", "lint found: \(imported.stdout)")
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

    /// No sentence segmentation: one segment per unit, as the TMX has one per aligned node.
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
