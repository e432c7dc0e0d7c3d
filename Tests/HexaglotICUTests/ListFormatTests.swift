import XCTest
@testable import HexaglotICU

final class ListFormatTests: XCTestCase {
    /// Wide lists of 1, 2, 3 and 4 items.
    let pinned: [(String, ListFormat.Kind, [String])] = [
        ("ar", .and, ["A", "A وB", "A وB وC", "A وB وC وD"]),
        ("ar", .or, ["A", "A أو B", "A أو B أو C", "A أو B أو C أو D"]),
        ("ar", .units, ["A", "A وB", "A، وB، وC", "A، وB، وC، وD"]),
        ("zh", .and, ["A", "A和B", "A、B和C", "A、B、C和D"]),
        ("zh", .or, ["A", "A或B", "A、B或C", "A、B、C或D"]),
        ("zh", .units, ["A", "AB", "ABC", "ABCD"]),
        ("en", .and, ["A", "A and B", "A, B, and C", "A, B, C, and D"]),
        ("en", .or, ["A", "A or B", "A, B, or C", "A, B, C, or D"]),
        ("en", .units, ["A", "A, B", "A, B, C", "A, B, C, D"]),
        ("fr", .and, ["A", "A et B", "A, B et C", "A, B, C et D"]),
        ("fr", .or, ["A", "A ou B", "A, B ou C", "A, B, C ou D"]),
        ("fr", .units, ["A", "A et B", "A, B et C", "A, B, C et D"]),
        ("es", .and, ["A", "A y B", "A, B y C", "A, B, C y D"]),
        ("es", .or, ["A", "A o B", "A, B o C", "A, B, C o D"]),
        ("es", .units, ["A", "A y B", "A, B y C", "A, B, C y D"]),
        ("ru", .and, ["A", "A и B", "A, B и C", "A, B, C и D"]),
        ("ru", .or, ["A", "A или B", "A, B или C", "A, B, C или D"]),
        ("ru", .units, ["A", "A B", "A B C", "A B C D"]),
    ]

    func testPinnedLists() throws {
        for (locale, kind, expected) in pinned {
            let format = ListFormat(locale: locale, kind: kind)
            let actual = try (1...4).map { try format.format(Array(["A", "B", "C", "D"].prefix($0))) }
            XCTAssertEqual(actual, expected, "\(locale) \(kind)")
        }
    }

    func testRealItems() throws {
        XCTAssertEqual(try ListFormat(locale: "zh").format(["中国", "法国", "俄罗斯"]), "中国、法国和俄罗斯")
        XCTAssertEqual(try ListFormat(locale: "ar").format(["مصر", "الأردن", "لبنان"]), "مصر والأردن ولبنان")
        XCTAssertEqual(try ListFormat(locale: "ar", kind: .or).format(["مصر", "لبنان"]), "مصر أو لبنان")
        XCTAssertEqual(try ListFormat(locale: "ru").format(["Австрия", "Китай"]), "Австрия и Китай")
    }

    func testWidths() throws {
        let items = ["A", "B", "C"]
        XCTAssertEqual(try ListFormat(locale: "en", width: .short).format(items), "A, B, & C")
        XCTAssertEqual(try ListFormat(locale: "en", width: .narrow).format(items), "A, B, C")
        XCTAssertEqual(try ListFormat(locale: "zh", width: .narrow).format(items), "A、B、C")
        XCTAssertEqual(try ListFormat(locale: "ru", width: .narrow).format(items), "A, B, C")
        XCTAssertEqual(try ListFormat(locale: "en", kind: .units, width: .narrow).format(items), "A B C")
    }

    func testEdgeCases() throws {
        XCTAssertEqual(try ListFormat(locale: "en").format([]), "")
        XCTAssertEqual(try ListFormat(locale: "en").format(["", ""]), " and ")
        XCTAssertEqual(try ListFormat(locale: "en").format(["😀", "𠀀"]), "😀 and 𠀀")  // non-BMP survives UTF-16
        let many = (1...200).map { "item number \($0)" }
        let joined = try ListFormat(locale: "en").format(many)  // far beyond the first buffer
        XCTAssertTrue(joined.hasPrefix("item number 1, item number 2, "))
        XCTAssertTrue(joined.hasSuffix("item number 199, and item number 200"))
        assertICUError(try ListFormat(locale: "xx").format(["a"]), operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
        XCTAssertEqual(try ListFormat(locale: "xx").format([]), "")  // nothing to join: no ICU formatter opened
    }
}
