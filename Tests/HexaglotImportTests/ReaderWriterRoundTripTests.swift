import Foundation
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// What import stands on: every official text of the real corpus, read into the
/// tree and written back as text, is the text it was (after the normalisation
/// of the Chinese golden test). A line the reader dropped, merged or split
/// would be lost to every model imported from it.
final class ReaderWriterRoundTripTests: XCTestCase {
    func testEveryRealTextSurvivesTheTreeLineForLine() throws {
        for set in RealDocuments.sets {
            for path in try RealDocuments.files(set) {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let name = URL(fileURLWithPath: path).lastPathComponent
                let document = try TextReader().read(Array(text.utf8), file: name)
                let written = String(decoding: try TextWriter().write(document), as: UTF8.self)
                try OfficialText.assertSameLines(written, text, "\(name), read and written back")
            }
        }
    }
}
