import Foundation
@testable import HexaglotReaders
import HexaglotTestSupport
import XCTest

/// `LatinEvidence` scores words by scalars (`scalarScores`) where that is the same as
/// by Characters compared as Strings (`characterScores`, the definition): these tests
/// hold the two to the same scores on real documents and on texts made to part them.
final class LatinEvidenceTests: XCTestCase {
    /// Every real document and every rendering of the note, in every language, whole.
    func testScalarScoresAreTheCharacterScoresOnRealDocuments() throws {
        let real = "\(Repo.root)/Tests/Fixtures/real"
        var texts: [(String, String)] = []
        for set in try FileManager.default.contentsOfDirectory(atPath: real).sorted() where set != "sources" {
            let folder = "\(real)/\(set)"
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".txt") {
                texts.append((file, try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)))
            }
        }
        for language in ["zh", "ar", "en", "fr", "es", "ru"] { texts.append((language, try Repo.renderText(language))) }
        XCTAssertGreaterThanOrEqual(texts.count, 24)
        var fast = 0
        for (name, text) in texts {
            // In capitals too: `scalarScores` lowercases scalar by scalar, as `lowercased()` does.
            if let scores = LatinEvidence.scalarScores(text.uppercased()) {
                XCTAssertEqual(scores, LatinEvidence.characterScores(text.uppercased().lowercased()), "\(name) in capitals")
            }
            guard let scores = LatinEvidence.scalarScores(text) else { continue }
            fast += 1
            XCTAssertEqual(scores, LatinEvidence.characterScores(text.lowercased()), name)
            if ["en", "fr", "es"].contains(where: { name == $0 || name.hasSuffix(".\($0).txt") }) {
                XCTAssertGreaterThan(scores.reduce(0, +), 0, name)
            }
        }
        // The English, French and Spanish ones at least are scored by scalars.
        XCTAssertGreaterThanOrEqual(fast, texts.count / 2)
    }

    /// Combining marks, a decomposed "é", a prepended mark, Hangul: scored by Characters, as before.
    func testTextsWhereScalarsAndCharactersDifferAreScoredByCharacters() {
        let texts = ["e\u{301}t\u{E9} des Parties", "Lİ ORDRE DES PARTIES", "\u{600}the cat of the", "\u{1100}\u{1161} of the",
                     "the\u{200D}ory", "cafe\u{301} y la naci\u{F3}n"]
        for text in texts {
            XCTAssertNil(LatinEvidence.scalarScores(text), text)
            XCTAssertGreaterThan(LatinEvidence.characterScores(text.lowercased()).reduce(0, +), 0, text)
        }
        // An Arabic vowel mark is one Character with the Arabic letter before it, and only then taken by scalars.
        let arabic = "\u{637}\u{64E}\u{644}\u{64E}\u{628}\u{651} the report of the Conference (CBD/WG2020/2/2)"
        XCTAssertNotNil(LatinEvidence.scalarScores(arabic))
        XCTAssertEqual(LatinEvidence.scalarScores(arabic), LatinEvidence.characterScores(arabic.lowercased()))
        XCTAssertNil(LatinEvidence.scalarScores("the\u{64E} report"))
        // "été" decomposed is the function word "été" all the same.
        XCTAssertEqual(LatinEvidence("e\u{301}t\u{E9}").ranked.first?.language, "fr")
        XCTAssertEqual(LatinEvidence.scalarScores("ont été"), LatinEvidence.characterScores("ont été"))
    }

    /// What `scalarScores` relies on, for every scalar it takes: a Character of its own beside
    /// any other such scalar, in NFC if a letter, and a letter exactly when a Character of it is.
    func testScalarsThatStandAloneAreCharactersOfTheirOwn() {
        let neighbours: [Unicode.Scalar] = ["a", "\u{E9}", "\u{627}", "\u{4E2D}", "\u{439}", " ", "\u{202F}", "\u{3002}"]
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), LatinEvidence.ScalarTables.standsAlone(scalar) else { continue }
            let alone = String(scalar)
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "U+\(String(value, radix: 16))")
            if scalar.properties.isAlphabetic {  // letters are compared; other scalars only part words
                XCTAssertEqual(Array(alone.precomposedStringWithCanonicalMapping.unicodeScalars), [scalar], "U+\(String(value, radix: 16))")
            }
            XCTAssertEqual(Character(scalar).isLetter, scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            if value < LatinEvidence.ScalarTables.shared.lowercase.count {  // the table is `lowercased()`, where it is one such scalar
                let lower = LatinEvidence.ScalarTables.shared.lowercase[Int(value)]
                XCTAssertEqual(lower.map { String(Unicode.Scalar($0.value)!) } ?? alone.lowercased(), alone.lowercased(), "U+\(String(value, radix: 16))")
            }
            for neighbour in neighbours + [scalar] where !(scalar == "\r" && neighbour == "\n") {
                let pairs = [alone + String(neighbour), String(neighbour) + alone]
                XCTAssertEqual(pairs.map(\.count), [2, 2], "U+\(String(value, radix: 16)) beside U+\(String(neighbour.value, radix: 16))")
            }
        }
    }

    /// Each kind of evidence, through the tables: a function word, a letter, a trigram at an edge and inside.
    func testTheTablesScoreEachKindOfEvidence() {
        XCTAssertEqual(LatinEvidence.scalarScores("the"), [1.5, 0, 0])  // a function word; "_th" and "the", half a point once
        XCTAssertEqual(LatinEvidence.scalarScores("ça"), [0, 1, 0])  // a French letter, no trigram
        XCTAssertEqual(LatinEvidence.scalarScores("nación"), [0, 0, 1.5])  // ó, "ión" and "ón_"
        XCTAssertEqual(LatinEvidence.scalarScores("de"), [0, 1, 1])  // a function word of French and Spanish
        XCTAssertEqual(LatinEvidence.scalarScores("œuvre"), [0, 1, 0])
        XCTAssertEqual(LatinEvidence.scalarScores("ÇA ŒUVRE"), [0, 2, 0])  // lowercased scalar by scalar
        for word in ["the", "ça", "nación", "de", "œuvre", "l'eau", "x", "Ünited", "THE NACIÓN", "ＴＨＥ", "中文the", "تقرير the", "доклад of the", "中文"] {
            XCTAssertEqual(LatinEvidence.scalarScores(word), LatinEvidence.characterScores(word.lowercased()), word)
        }
    }
}
