import Foundation  // JSONEncoder/JSONDecoder only, to test Codable
import XCTest
@testable import HexaglotICU
import HexaglotTree

final class CivilDateTests: XCTestCase {
    func testValidation() {
        XCTAssertNotNil(CivilDate(year: 2020, month: 2, day: 29))  // leap year
        XCTAssertNotNil(CivilDate(year: 2000, month: 2, day: 29))  // divisible by 400
        XCTAssertNil(CivilDate(year: 2019, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 1900, month: 2, day: 29))     // divisible by 100
        XCTAssertNil(CivilDate(year: 2020, month: 4, day: 31))
        XCTAssertNotNil(CivilDate(year: 2020, month: 12, day: 31))
        XCTAssertNil(CivilDate(year: 2020, month: 13, day: 1))
        XCTAssertNil(CivilDate(year: 2020, month: 0, day: 1))
        XCTAssertNil(CivilDate(year: 2020, month: 1, day: 0))
        XCTAssertNil(CivilDate(year: 2020, month: 1, day: 32))
        XCTAssertNil(CivilDate(year: 0, month: 1, day: 1))
        XCTAssertNil(CivilDate(year: 10_000, month: 1, day: 1))
        XCTAssertNil(CivilDate(year: Int.min, month: 1, day: 1))
        XCTAssertNotNil(CivilDate(year: 1, month: 1, day: 1))
        XCTAssertNotNil(CivilDate(year: 9999, month: 12, day: 31))
    }

    func testISO() {
        let date = CivilDate(iso: "2020-02-24")
        XCTAssertEqual(date?.year, 2020)
        XCTAssertEqual(date?.month, 2)
        XCTAssertEqual(date?.day, 24)
        XCTAssertEqual(date?.iso, "2020-02-24")
        XCTAssertEqual(date?.description, "2020-02-24")
        XCTAssertEqual(CivilDate(year: 33, month: 1, day: 5)?.iso, "0033-01-05")
        for bad in ["", "2020-2-24", "2020-02-4", "20-02-24", "2020/02/24", "2020-02-24T00:00",
                    " 2020-02-24", "2020-02-24 ", "+2020-02-24", "2020-02-30", "2019-02-29",
                    "０２０２-02-24", "2020-0a-24", "0000-01-01"] {
            XCTAssertNil(CivilDate(iso: bad), bad)
        }
    }

    func testOrderingAndHashing() {
        XCTAssertLessThan(day("2019-12-31"), day("2020-01-01"))
        XCTAssertLessThan(day("2020-01-31"), day("2020-02-01"))
        XCTAssertLessThan(day("2020-02-01"), day("2020-02-02"))
        XCTAssertEqual([day("2020-02-24"), day("2019-11-30"), day("2020-01-02")].sorted().map(\.iso),
                       ["2019-11-30", "2020-01-02", "2020-02-24"])
        XCTAssertEqual(Set([day("2020-02-24"), CivilDate(year: 2020, month: 2, day: 24)!]).count, 1)
    }

    func testCodableAsISOString() throws {
        let data = try JSONEncoder().encode([day("2020-02-24")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2020-02-24"]"#)
        XCTAssertEqual(try JSONDecoder().decode([CivilDate].self, from: data), [day("2020-02-24")])
        XCTAssertThrowsError(try JSONDecoder().decode([CivilDate].self, from: Data(#"["2019-02-29"]"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode([CivilDate].self, from: Data("[20200224]".utf8)))
    }

    func testUDateArithmetic() {
        XCTAssertEqual(day("1970-01-01").udate, 0)
        XCTAssertEqual(day("2020-02-24").udate, 1_582_502_400_000)
        XCTAssertEqual(day("1969-12-31").udate, -86_400_000)
        XCTAssertEqual(day("0001-01-01").udate, -62_135_596_800_000)  // proleptic Gregorian
        XCTAssertEqual(day("1000-01-01").udate, -30_610_224_000_000)
        XCTAssertEqual(day("9999-12-31").udate, 253_402_214_400_000)

        // Every day from 0001-01-01 to 9999-12-31 in steps, and across leap days.
        var days = day("0001-01-01").daysSinceEpoch
        var previous: CivilDate?
        while days <= day("9999-12-31").daysSinceEpoch {
            guard let date = CivilDate(daysSinceEpoch: days) else { return XCTFail("no date for \(days)") }
            XCTAssertEqual(date.daysSinceEpoch, days)
            if let previous { XCTAssertLessThan(previous, date) }
            previous = date
            days += 97
        }
        for (before, after) in [("2020-02-28", "2020-02-29"), ("2020-02-29", "2020-03-01"),
                                ("1900-02-28", "1900-03-01"), ("2000-02-29", "2000-03-01"),
                                ("1999-12-31", "2000-01-01")] {
            XCTAssertEqual(day(after).daysSinceEpoch - day(before).daysSinceEpoch, 1, "\(before) → \(after)")
        }
    }
}
