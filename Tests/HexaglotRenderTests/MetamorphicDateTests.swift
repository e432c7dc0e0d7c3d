import Foundation
import HexaglotICU
import HexaglotModel
import HexaglotTestSupport
import HexaglotTree
import XCTest

/// Changing one fact in the model changes the rendering exactly where that
/// fact is cited, and nowhere else.
final class MetamorphicDateTests: XCTestCase {
    func testChangingOneDateRangeChangesOnlyTheLineThatCitesIt() throws {
        var model = try Repo.workspace.loadModel(at: Repo.noteModel)
        let before = try Repo.renderText("zh", model: model).split(separator: "\n", omittingEmptySubsequences: false)

        let index = try XCTUnwrap(model.values.firstIndex { $0.id == "restoration-dates" })
        model.values[index].data = .dateRange(CivilDate(year: 2019, month: 10, day: 30)!, CivilDate(year: 2019, month: 11, day: 2)!)
        let after = try Repo.renderText("zh", model: model).split(separator: "\n", omittingEmptySubsequences: false)

        XCTAssertEqual(before.count, after.count)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }
        XCTAssertEqual(changed.count, 1, "exactly one line cites the restoration workshop's dates")
        let (old, new) = try XCTUnwrap(changed.first).element
        XCTAssertTrue(old.contains("2019年11月6日至8日"))
        // Chinese date style across months, from ICU: the month is repeated, the year is not.
        XCTAssertTrue(new.contains("2019年10月30日至11月2日"), String(new))
        XCTAssertEqual(old.replacingOccurrences(of: "2019年11月6日至8日", with: "2019年10月30日至11月2日"), String(new))
    }

    func testChangingTheMeetingDatesChangesTheMastheadOnly() throws {
        var model = try Repo.workspace.loadModel(at: Repo.noteModel)
        let before = try Repo.renderText("zh", model: model)
        model.meeting!.end = CivilDate(year: 2020, month: 3, day: 1)!
        let after = try Repo.renderText("zh", model: model)
        XCTAssertTrue(before.contains("2020年2月24日至29日，罗马"))
        XCTAssertTrue(after.contains("2020年2月24日至3月1日，罗马"))
        XCTAssertEqual(before.replacingOccurrences(of: "2020年2月24日至29日", with: "2020年2月24日至3月1日"), after)
    }

    func testChangingASymbolChangesItsFootnote() throws {
        var model = try Repo.workspace.loadModel(at: Repo.noteModel)
        let index = try XCTUnwrap(model.values.firstIndex { $0.id == "wg1-report" })
        model.values[index].data = .symbol("CBD/WG2020/1/9")
        let text = try Repo.renderText("zh", model: model)
        XCTAssertTrue(text.contains("[3:  见CBD/WG2020/1/9，结论第7段。]"))
        XCTAssertFalse(text.contains("CBD/WG2020/1/5"))
    }
}
