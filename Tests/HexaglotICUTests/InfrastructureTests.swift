import XCTest
@testable import HexaglotICU
import HexaglotTree

final class InfrastructureTests: XCTestCase {
    /// The system ICU, not the newer copy bundled with Foundation.
    func testVersion() {
        XCTAssertEqual(ICUVersion.current, "72.1")
    }

    func testErrorDescription() {
        let error = ICUError(operation: "udat_open", status: "U_ILLEGAL_ARGUMENT_ERROR")
        XCTAssertEqual(error.description, "ICU udat_open failed: U_ILLEGAL_ARGUMENT_ERROR")
        XCTAssertEqual(ICUError(operation: "x", code: ICUStatus.bufferOverflow).status, "U_BUFFER_OVERFLOW_ERROR")
        XCTAssertThrowsError(try icuCheck(ICUStatus.parseError, "udat_parse")) { error in
            XCTAssertEqual("\(error)", "ICU udat_parse failed: U_PARSE_ERROR")
        }
        XCTAssertNoThrow(try icuCheck(ICUStatus.zero, "ok"))
        XCTAssertNoThrow(try icuCheck(-128, "warning"))  // U_USING_FALLBACK_WARNING is not an error
    }

    /// The preflight loop grows the buffer until the text fits, never truncating.
    func testPreflightRetry() throws {
        var calls: [Int32] = []
        let text = try icuString("test", initialCapacity: 4) { out, capacity, status in
            calls.append(capacity)
            let units = Array("preflighted text".utf16)
            guard units.count <= Int(capacity) else {
                status.pointee = ICUStatus.bufferOverflow
                return Int32(units.count)
            }
            for (i, unit) in units.enumerated() { out[i] = unit }
            return Int32(units.count)
        }
        XCTAssertEqual(text, "preflighted text")
        XCTAssertEqual(calls, [4, 17])
    }

    /// Each distinct signature maps to one ICU object, created once.
    func testCacheReturnsSameObjectForSameSignature() throws {
        let a = try DateFormat.skeleton("yMMMMd", locale: "ru").formatter()
        let b = try DateFormat.skeleton("yMMMMd", locale: "ru").formatter()
        XCTAssertTrue(a === b)
        XCTAssertFalse(a === (try DateFormat.skeleton("yMMMMd", locale: "fr").formatter()))
        XCTAssertFalse(a === (try DateFormat.pattern("yMMMMd", locale: "ru").formatter()))

        XCTAssertTrue(try DateIntervalFormat(skeleton: "yMMMd", locale: "zh").resolved().formatter
                      === DateIntervalFormat(skeleton: "yMMMd", locale: "zh").resolved().formatter)
        XCTAssertTrue(try ICUNumberFormatter.cached(.decimal(locale: "ar", grouping: true, fractionDigits: -1))
                      === ICUNumberFormatter.cached(.decimal(locale: "ar", grouping: true, fractionDigits: -1)))
        XCTAssertFalse(try ICUNumberFormatter.cached(.decimal(locale: "ar", grouping: true, fractionDigits: -1))
                       === ICUNumberFormatter.cached(.decimal(locale: "ar", grouping: false, fractionDigits: -1)))
        XCTAssertTrue(try ICUNumberFormatter.cached(.spellOut(locale: "ru", ruleSet: nil))
                      === ICUNumberFormatter.cached(.spellOut(locale: "ru", ruleSet: nil)))
        XCTAssertTrue(try ListFormat(locale: "ar", kind: .or).resolved().formatter === ListFormat(locale: "ar", kind: .or).resolved().formatter)
        XCTAssertTrue(try Collation(locale: "es").resolved().collator === Collation(locale: "es").resolved().collator)
        XCTAssertTrue(try DisplayNames(locale: "zh").displayNames() === DisplayNames(locale: "zh").displayNames())

        // Failures are not cached.
        let before = DateFormat.cache.count
        XCTAssertThrowsError(try DateFormat.skeleton("{", locale: "en").format(day("2020-02-24")))
        XCTAssertEqual(DateFormat.cache.count, before)
    }

    /// The cache searches its first entries by equality and the rest by hash: both
    /// give back the object made for a key, however many keys there are.
    func testCacheBeyondItsScannedEntries() throws {
        let cache = ICUCache<String, NSNumberBox>()
        for round in 0..<2 {
            for i in 0..<40 {
                let object = try cache.object(for: "key\(i)") { _ in NSNumberBox(i) }
                XCTAssertEqual(object.value, i, "round \(round)")
            }
        }
        XCTAssertEqual(cache.count, 40)
        XCTAssertTrue(try cache.object(for: "key3") { _ in NSNumberBox(-1) } === cache.object(for: "key3") { _ in NSNumberBox(-2) })
        XCTAssertTrue(try cache.object(for: "key33") { _ in NSNumberBox(-1) } === cache.object(for: "key33") { _ in NSNumberBox(-2) })
    }

    /// Past its limit the cache drops the least recently used object, not the oldest nor a new one.
    func testCacheDropsTheLeastRecentlyUsed() throws {
        let cache = ICUCache<String, NSNumberBox>(limit: 3)
        for key in ["a", "b", "c"] { _ = try cache.object(for: key) { _ in NSNumberBox(0) } }
        let a = try cache.object(for: "a") { _ in NSNumberBox(-1) }  // a is now the most recently used
        _ = try cache.object(for: "d") { _ in NSNumberBox(4) }
        XCTAssertEqual(cache.count, 3)
        XCTAssertFalse(cache.contains("b"))
        XCTAssertTrue(cache.contains("a") && cache.contains("c") && cache.contains("d"))
        XCTAssertTrue(try cache.object(for: "a") { _ in NSNumberBox(-2) } === a)
        XCTAssertEqual(try cache.object(for: "b") { _ in NSNumberBox(2) }.value, 2)  // made anew
        XCTAssertFalse(cache.contains("c"))
    }

    /// A thousand distinct signatures (as a client sending a new locale each time would make)
    /// leave every cache at its limit, with real ICU objects in it.
    func testEveryCacheStaysWithinItsLimit() throws {
        let limits = [DateFormat.cache.limit, DateIntervalFormat.cache.limit, ListFormat.cache.limit, Collation.cache.limit,
                      DisplayNames.cache.limit, ICUNumberFormatter.cache.limit, ICUNumberParser.cache.limit, ICUWordBreaker.cache.limit]
        XCTAssertTrue(limits.allSatisfy { $0 <= ICUCache<String, NSNumberBox>.defaultLimit }, "\(limits)")
        for i in 0..<1_000 {
            // A private-use subtag makes each locale distinct while ICU still opens it.
            let locale = "en-x-c\(String(i, radix: 36))"
            _ = try NumberFormat(locale: locale).format(i)
            _ = try Collation(locale: locale).resolved().collator
        }
        XCTAssertEqual(ICUNumberFormatter.cache.count, ICUNumberFormatter.cache.limit)
        XCTAssertEqual(Collation.cache.count, Collation.cache.limit)
        XCTAssertEqual(try NumberFormat(locale: "fr").format(1234567), "1\u{202F}234\u{202F}567")
    }

    /// UTF-8 → UTF-16 → UTF-8 by the shim's own transcoders equals the standard library's.
    func testUTF16TranscodingMatchesTheStandardLibrary() throws {
        for sample in ["", "Rome", "24–29 février", "شباط/فبراير", "二〇二〇年", "𠀀😀", "a\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            let units = try withUTF16(sample) { Array(UnsafeBufferPointer(start: $0, count: Int($1))) }
            XCTAssertEqual(units, Array(sample.utf16), sample)
            XCTAssertEqual(units.withUnsafeBufferPointer { decodeUTF16($0) }, sample)
            // Several strings in one buffer, as a list or a sort gives them to ICU.
            let items = try withUTF16Items(["x", sample, "y"]) { base, spans in
                spans.map { Array(UnsafeBufferPointer(start: base + $0.start, count: Int($0.length))) }
            }
            XCTAssertEqual(items, [Array("x".utf16), Array(sample.utf16), Array("y".utf16)], sample)
        }
        // Lone surrogates (ICU never writes them, but a buffer could hold them) become U+FFFD.
        for (units, expected) in [([0xDC00, 0x41], "\u{FFFD}A"), ([0x41, 0xD800], "A\u{FFFD}"), ([0xD800, 0xD800, 0xDC00], "\u{FFFD}\u{10000}")] as [([UInt16], String)] {
            XCTAssertEqual(units.withUnsafeBufferPointer { decodeUTF16($0) }, expected)
        }
    }

    /// Many tasks racing to create the same new signature all get one object.
    func testConcurrentCreationYieldsOneObject() async throws {
        let format = DateFormat.skeleton("yMMMEd", locale: "fr-CA")
        let ids = try await withThrowingTaskGroup(of: ObjectIdentifier.self) { group in
            for _ in 0..<32 {
                group.addTask { ObjectIdentifier(try format.formatter()) }
            }
            return try await group.reduce(into: Set<ObjectIdentifier>()) { $0.insert($1) }
        }
        XCTAssertEqual(ids.count, 1)
    }

    /// Concurrent use of the shared ICU objects gives the same results as serial use.
    func testConcurrentFormattingIsConsistent() async throws {
        @Sendable func render(_ i: Int) throws -> String {
            let locale = unLocales[i % unLocales.count]
            let date = CivilDate(daysSinceEpoch: 18_000 + i % 500)!
            let parts = [
                try DateFormat.skeleton("yMMMMd", locale: locale).format(date),
                try DateIntervalFormat(skeleton: "yMMMMd", locale: locale).format(from: date, to: CivilDate(daysSinceEpoch: date.daysSinceEpoch + 3)!),
                try NumberFormat(locale: locale).format(i * 1_234_567),
                try NumberFormat(locale: locale).format(Double(i) / 7, fractionDigits: 2),
                try SpellOutFormat(locale: locale).format(i),
                try OrdinalFormat(locale: locale).format(i),
                try ListFormat(locale: locale).format(["A\(i)", "B", "C"]),
                try Collation(locale: locale).sorted(["b\(i)", "a", "B", "ä"]).joined(separator: ","),
                try DisplayNames(locale: locale).region("AT"),
            ]
            return parts.joined(separator: " | ")
        }
        let count = 600
        let expected = try (0..<count).map(render)
        let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for task in 0..<48 {
                group.addTask {
                    var last = (0, "")
                    for round in 0..<40 {
                        let i = (task * 37 + round * 11) % count
                        let text = try render(i)
                        guard text == expected[i] else { return (i, text) }
                        last = (i, text)
                    }
                    return last
                }
            }
            return try await group.reduce(into: [(Int, String)]()) { $0.append($1) }
        }
        XCTAssertEqual(results.count, 48)
        for (i, text) in results {
            XCTAssertEqual(text, expected[i], "result \(i)")
        }
    }
}

private final class NSNumberBox: Sendable {
    let value: Int
    init(_ value: Int) { self.value = value }
}
