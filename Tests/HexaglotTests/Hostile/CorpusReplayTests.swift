import Foundation
import HexaglotTestSupport
import HexaglotTesting
import HexaglotTree
import XCTest

/// Every committed fuzz seed (Fuzz/Corpus/<target>/) through the same entry
/// points as the fuzz targets (`FuzzEntryPoints`), in the normal test suite:
/// nothing crashes, every refusal is a `HexaglotError` naming the file (and a
/// location) on one line, and the real inputs cut from the repository are accepted.
final class CorpusReplayTests: XCTestCase {
    func testModelYAMLCorpus() throws { try replay(.modelYAML) }
    func testTemplateYAMLCorpus() throws { try replay(.templateYAML) }
    func testLocaleYAMLCorpus() throws { try replay(.localeYAML) }
    func testProseCorpus() throws { try replay(.prose) }
    func testTextCorpus() throws { try replay(.text) }
    func testMarkdownCorpus() throws { try replay(.markdown) }
    func testHTMLCorpus() throws { try replay(.html) }
    func testDOCXCorpus() throws { try replay(.docx) }
    func testDOCXDocumentXMLCorpus() throws { try replay(.docxDocumentXML) }

    func testEveryTargetHasACorpusAndEveryCorpusATarget() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: "\(Repo.root)/Fuzz/Corpus").sorted()
        XCTAssertEqual(folders, FuzzEntryPoints.Target.allCases.map(\.rawValue).sorted())
    }

    private func replay(_ target: FuzzEntryPoints.Target, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = "\(Repo.root)/Fuzz/Corpus/\(target.rawValue)"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertTrue(names.contains { $0.hasPrefix("real-") }, "\(target.rawValue): no real input", file: file, line: line)
        XCTAssertTrue(names.contains { $0.hasPrefix("nasty-") }, "\(target.rawValue): no hand-made hostile input", file: file, line: line)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))
            let seed = "\(target.rawValue)/\(name)"
            do {
                guard let error = try FuzzEntryPoints.run(target, bytes) else { continue }
                XCTAssertNil(FuzzEntryPoints.problem(with: error, target: target), seed, file: file, line: line)
                XCTAssertEqual(error.exitCode, 2, "\(seed): \(error)", file: file, line: line)
                XCTAssertFalse(name.hasPrefix("real-"), "\(seed) is real and must be accepted: \(error)", file: file, line: line)
            } catch {
                XCTFail("\(seed): not a HexaglotError: \(error)", file: file, line: line)
            }
        }
    }
}
