import Foundation
import HexaglotCheck
import HexaglotReaders
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// Hostile text, Markdown and HTML versions given to `hexaglot check`: each
/// refused with one located line and exit code 2 (and no report written), or,
/// for encodings that are merely unusual, accepted with the same result as plain UTF-8 with LF.
final class HostileTextInputTests: XCTestCase {
    func testInvalidUTF8IsRefusedAtItsLineAndColumn() throws {
        let folder = try HostileFolder()
        for ext in ["txt", "md", "html"] {
            try folder.write("bad.\(ext)", Array("1. Text\n2. Caf".utf8) + [0xC3, 0x28] + Array(" au lait\n".utf8))
            assertRefused(try folder.check("bad.\(ext)"), in: folder, at: "bad.\(ext):2:7", expecting: "invalid UTF-8; expected UTF-8 text")
        }
    }

    func testNULByteIsRefusedAtItsLineAndColumn() throws {
        let folder = try HostileFolder()
        for ext in ["txt", "md", "html"] {
            try folder.write("bad.\(ext)", Array("1. a\n2. b\u{0}c\n".utf8))
            assertRefused(try folder.check("bad.\(ext)"), in: folder, at: "bad.\(ext):2:5", expecting: "NUL byte; expected UTF-8 text")
        }
    }

    /// 30 MB of "1. a" lines was 6 million paragraphs and 12 GB of memory: a document
    /// has at most 200,000 nodes, and is refused at the line of the first one over.
    func testMoreNodesThanTheLimitAreRefusedAtTheFirstOneOver() throws {
        let folder = try HostileFolder()
        let limit = 200_000
        try folder.write("many.txt", Array(String(repeating: "1. a\n", count: limit + 5).utf8))
        assertRefused(try folder.check("many.txt"), in: folder, at: "many.txt:\(limit + 1):4",
                      expecting: "more than 200000 divisions, footnotes and header lines")
        try folder.write("many.md", Array(String(repeating: "1. a\n\n", count: limit + 5).utf8))
        assertRefused(try folder.check("many.md"), in: folder, at: "many.md:\(2 * limit + 1):4",
                      expecting: "expected a document of at most 200000")
        // At the limit, the document is read.
        try folder.write("enough.txt", Array(String(repeating: "1. a\n", count: 1000).utf8))
        XCTAssertEqual(try folder.check("enough.txt").status, 1)
    }

    func testByteOrderMarkIsAcceptedAndChangesNothing() throws {
        let french = Array(try Repo.renderText("fr").replacingOccurrences(of: "14/34", with: "14/35").utf8)
        let plain = try checkFrench(french)
        XCTAssertEqual(plain.status, 1, "the altered decision number is a finding: \(plain.stderr)")
        XCTAssertTrue(plain.stdout.contains("14/35"), plain.stdout)
        let withMark = try checkFrench([0xEF, 0xBB, 0xBF] + french)
        XCTAssertEqual(withMark.status, plain.status, withMark.stderr)
        XCTAssertEqual(withMark.stdout, plain.stdout, "same findings at the same lines and columns")
    }

    func testCRLFAndLoneCRLineEndsGiveTheSameResultAsLF() throws {
        let french = try Repo.renderText("fr").replacingOccurrences(of: "14/34", with: "14/35")
        let plain = try checkFrench(Array(french.utf8))
        XCTAssertEqual(plain.status, 1, plain.stderr)
        for lineEnd in ["\r\n", "\r"] {
            let result = try checkFrench(Array(french.replacingOccurrences(of: "\n", with: lineEnd).utf8))
            XCTAssertEqual(result.status, plain.status, "\(lineEnd.debugDescription): \(result.stderr)")
            XCTAssertEqual(result.stdout, plain.stdout, "\(lineEnd.debugDescription): same findings at the same lines and columns")
        }
    }

    func testFootnoteNumberThatOverflowsIsRefusedAtTheMarker() throws {
        let folder = try HostileFolder()
        try folder.write("bad.txt", Array("1. Text.\n2. More text.[footnoteRef:99999999999999999999] [99999999999999999999:  Body.]\n".utf8))
        assertRefused(try folder.check("bad.txt"), in: folder, at: "bad.txt:2:14",
                      expecting: "footnote marker with a footnote number of 20 digits; expected [footnoteRef:N] with N of 1 to 6 digits")
    }

    func testUnbalancedFootnoteMarkersAreRefusedAtTheMarker() throws {
        let folder = try HostileFolder()
        try folder.write("open.txt", Array("1. Text [footnoteRef:1 and more.\n".utf8))
        assertRefused(try folder.check("open.txt"), in: folder, at: "open.txt:1:9", expecting: "footnote marker with no closing ']'")
        try folder.write("empty.txt", Array("1. Text.\n2. Text [footnoteRef:] and [footnoteRef:".utf8))
        assertRefused(try folder.check("empty.txt"), in: folder, at: "empty.txt:2:9", expecting: "footnote marker with no footnote number")
        // 100,000 markers on one line: refused at the first, at once.
        try folder.write("many.txt", Array(("1. " + String(repeating: "[footnoteRef:", count: 100_000)).utf8))
        assertRefused(try folder.check("many.txt"), in: folder, at: "many.txt:1:4", expecting: "footnote marker with no footnote number")
    }

    func testTextMarkdownAndHTMLOverTheSizeCapAreRefusedUnread() throws {
        let folder = try HostileFolder()
        for ext in ["txt", "md", "html"] {
            try folder.writeSparse("huge.\(ext)", size: 32 * 1024 * 1024 + 1)
            assertRefused(try folder.check("huge.\(ext)"), in: folder, at: "huge.\(ext)",
                          expecting: "the file is 33 MiB; expected an input of at most 32 MiB (larger inputs are refused unread)")
        }
        try folder.writeSparse("fits.txt", size: 32 * 1024 * 1024)
        let fits = try folder.check("fits.txt")
        XCTAssertFalse(fits.stderr.contains("refused unread"), "exactly 32 MiB is read: \(fits.stderr)")
    }

    func testHundredsOfThousandsOfBookmarksOnOneLineAreDroppedInLinearTime() throws {
        let line = "1. Text" + String(repeating: "[bookmark: _Ref1]", count: 300_000) + " and more.\n"
        let start = ContinuousClock.now
        let document = try TextReader().read(Array(line.utf8), file: "bookmarks.txt")
        // Removing one marker at a time and searching again from the start took many minutes on this line.
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(60))
        XCTAssertEqual(document.divisions(.paragraph).first?.content.plainText, "Text and more.")
    }

    /// `check en.txt fr.txt` in a folder of its own, so that file names (and so the report) match across variants.
    private func checkFrench(_ bytes: [UInt8]) throws -> CommandResult {
        let folder = try HostileFolder()
        try folder.write("fr.txt", bytes)
        return try runHexaglot(["check", "en.txt", "fr.txt"], cwd: folder.path)
    }
}

/// Versions read from memory (the server's uploads) get the same caps and located errors as files.
final class VersionFromBytesTests: XCTestCase {
    func testBytesInMemoryAreReadLikeAFileOfThatName() throws {
        let english = Array(try Repo.renderText("en").utf8)
        let (version, format) = try VersionLoader().load(bytes: english, name: "upload.txt", format: .text)
        XCTAssertEqual(format, .text)
        XCTAssertEqual(version.file, "upload.txt")
        XCTAssertEqual(version.language, "en")
        XCTAssertEqual(version.document.sections.count, try Repo.render("en").sections.count)

        XCTAssertThrowsError(try VersionLoader().load(bytes: [0x31, 0x2E, 0x20, 0xFF], name: "bad.txt", format: .text)) { error in
            XCTAssertTrue("\(error)".hasPrefix("bad.txt:1:4: error: invalid UTF-8"), "\(error)")
        }
        let huge = [UInt8](repeating: 0x61, count: 32 * 1024 * 1024 + 1)
        XCTAssertThrowsError(try VersionLoader().load(bytes: huge, name: "huge.txt", format: .text)) { error in
            XCTAssertTrue("\(error)".contains("huge.txt: error: the file is 33 MiB; expected an input of at most 32 MiB"), "\(error)")
        }
        XCTAssertThrowsError(try VersionLoader.format(of: "scan.pdf")) { error in
            XCTAssertTrue("\(error)".contains("scan.pdf: unknown input format"), "\(error)")
        }
    }
}
