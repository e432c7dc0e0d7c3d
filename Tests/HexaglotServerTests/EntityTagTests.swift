import HexaglotServer
import XCTest

final class EntityTagTests: XCTestCase {
    /// FNV-1a 64 reference values (Fowler, Noll, Vo test vectors).
    func testTheTagIsFNV1a64OfTheBytes() {
        XCTAssertEqual(EntityTag(of: []).quoted, "\"fnv1a64-cbf29ce484222325\"")
        XCTAssertEqual(EntityTag(of: Array("a".utf8)).quoted, "\"fnv1a64-af63dc4c8601ec8c\"")
        XCTAssertEqual(EntityTag(of: Array("foobar".utf8)).quoted, "\"fnv1a64-85944171f73967e8\"")
    }

    func testIfNoneMatchListsStarsAndWeakTags() {
        let tag = EntityTag(of: Array("a".utf8))
        XCTAssertTrue(tag.matches(ifNoneMatch: "\"fnv1a64-af63dc4c8601ec8c\""))
        XCTAssertTrue(tag.matches(ifNoneMatch: "\"x\" , W/\"fnv1a64-af63dc4c8601ec8c\""))
        XCTAssertTrue(tag.matches(ifNoneMatch: "*"))
        XCTAssertFalse(tag.matches(ifNoneMatch: "\"fnv1a64-af63dc4c8601ec8d\""))
        XCTAssertFalse(tag.matches(ifNoneMatch: "fnv1a64-af63dc4c8601ec8c"), "an unquoted tag is not the tag")
        XCTAssertFalse(tag.matches(ifNoneMatch: ""))
    }
}
