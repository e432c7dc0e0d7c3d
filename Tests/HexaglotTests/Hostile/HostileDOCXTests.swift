import Foundation
import HexaglotTestSupport
import HexaglotTesting
import XCTest
import ZIPFoundation

/// Hostile DOCX packages given to `hexaglot check`: refused before they can
/// exhaust memory or name a path outside the package, with one line naming
/// the file (and the part, line and column inside it), exit code 2, no report.
final class HostileDOCXTests: XCTestCase {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func document(_ body: String) -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document \(w)><w:body>\(body)</w:body></w:document>".utf8)
    }

    static let paragraph = "<w:p><w:r><w:t>1. Text.</w:t></w:r></w:p>"

    func testZipBombIsRefusedByItsCompressionRatio() throws {
        let folder = try HostileFolder()
        let archive = try Archive(data: Data(), accessMode: .create)
        let xml = Data(Self.document("<w:p><w:r><w:t>" + String(repeating: "a", count: 20 * 1024 * 1024) + "</w:t></w:r></w:p>"))
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        try folder.write("bomb.docx", [UInt8](try XCTUnwrap(archive.data)))
        assertRefused(try folder.check("bomb.docx"), in: folder, at: "bomb.docx",
                      expecting: "zip entry 'word/document.xml': compression ratio over 200")
    }

    func testPartsThatInflateToMoreThanTheTotalCapAreRefused() throws {
        // Each part stored (ratio 1) and under the per-entry cap; together over the 16 MiB cap on XML.
        let folder = try HostileFolder()
        let filler = String(repeating: "<w:p><w:r><w:t>1. Text.</w:t></w:r></w:p>\n", count: 9 * 1024 * 1024 / 44)
        try folder.write("total.docx", StoredZip.archive([
            "word/document.xml": Self.document(filler), "word/footnotes.xml": Self.document(filler),
        ]))
        assertRefused(try folder.check("total.docx"), in: folder, at: "total.docx",
                      expecting: "the package's XML parts inflate to 17 MiB in all; packages over 16 MiB of XML are refused")
    }

    func testEntryWithAPathTraversalNameIsRefused() throws {
        let folder = try HostileFolder()
        try folder.write("traversal.docx", StoredZip.archive([
            "word/document.xml": Self.document(Self.paragraph), "../../tmp/evil.xml": Array("x".utf8),
        ]))
        assertRefused(try folder.check("traversal.docx"), in: folder, at: "traversal.docx",
                      expecting: "zip entry '../../tmp/evil.xml': an entry name with '..' or an absolute path is refused")
    }

    func testEntityExpansionIsRefusedAtTheDTD() throws {
        let folder = try HostileFolder()
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: level == 1 ? "&lol;" : "&lol\(level - 1);", count: 10) + "\">"
        }
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(entities)]>\n<w:document \(Self.w)><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
        try folder.write("laughs.docx", StoredZip.archive(["word/document.xml": Array(laughs.utf8)]))
        assertRefused(try folder.check("laughs.docx"), in: folder, at: "laughs.docx[word/document.xml]:2:1",
                      expecting: "word/document.xml: a DTD is not allowed in a DOCX part")
    }

    func testHundredThousandNestedElementsAreRefusedAtTheDepthCap() throws {
        let folder = try HostileFolder()
        let deep = "<w:p>" + String(repeating: "<w:r>", count: 100_000) + String(repeating: "</w:r>", count: 100_000) + "</w:p>"
        // Stored, so that the compression-ratio check does not refuse it first.
        try folder.write("deep.docx", StoredZip.archive(["word/document.xml": Self.document(deep)]))
        assertRefused(try folder.check("deep.docx"), in: folder, at: "deep.docx[word/document.xml]:2:",
                      expecting: "elements nest deeper than 256 levels")
    }
}
