import HexaglotICU
import HexaglotModel
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// Changing one date range in the model changes each language's rendering
/// exactly where that range is cited, in that language's UN date style.
final class LanguageMetamorphicTests: XCTestCase {
    // The restoration workshop moved to 30 October – 2 November 2019 (across months).
    func testArabic() throws { try assertDateChange("ar", from: "6-8 تشرين الثاني/نوفمبر 2019", to: "30 تشرين الأول/أكتوبر - 2 تشرين الثاني/نوفمبر 2019") }
    func testChinese() throws { try assertDateChange("zh", from: "2019年11月6日至8日", to: "2019年10月30日至11月2日") }
    func testEnglish() throws { try assertDateChange("en", from: "6–8 November 2019", to: "30 October – 2 November 2019") }
    func testFrench() throws { try assertDateChange("fr", from: "6-8 novembre 2019", to: "30 octobre - 2 novembre 2019") }
    func testSpanish() throws { try assertDateChange("es", from: "6 a 8 de noviembre de 2019", to: "30 de octubre a 2 de noviembre de 2019") }
    func testRussian() throws { try assertDateChange("ru", from: "6–8 ноября 2019 года", to: "30 октября – 2 ноября 2019 года") }

    private func assertDateChange(_ language: String, from old: String, to new: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        var model = try Repo.workspace.loadModel(at: Repo.noteModel)
        let before = try Repo.renderText(language, model: model)
        let index = try XCTUnwrap(model.values.firstIndex { $0.id == "restoration-dates" })
        model.values[index].data = .dateRange(CivilDate(year: 2019, month: 10, day: 30)!, CivilDate(year: 2019, month: 11, day: 2)!)
        let after = try Repo.renderText(language, model: model)
        let normalizedAfter = Self.visible(after)
        XCTAssertEqual(before.components(separatedBy: old).count - 1, 1, "'\(old)' once in \(language)", file: file, line: line)
        XCTAssertTrue(normalizedAfter.contains(new), "expected '\(new)' in:\n\(Self.changedLines(before, after).joined(separator: "\n"))",
                      file: file, line: line)
        XCTAssertEqual(Self.changedLines(before, after).count, 1, "only the sub-item citing the range changes", file: file, line: line)
        XCTAssertEqual(Self.visible(before).replacingOccurrences(of: old, with: new), normalizedAfter, file: file, line: line)
    }

    /// ICU puts thin and narrow no-break spaces around range dashes; compare them as plain spaces.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2009}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }

    static func changedLines(_ a: String, _ b: String) -> [String] {
        zip(a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
            .filter { $0 != $1 }.map { String($0.1) }
    }
}
