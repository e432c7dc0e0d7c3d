import HexaglotTestSupport
import XCTest
@testable import HexaglotCheck
import HexaglotModel

/// State names as whole words (ICU word breaks), with Arabic joined prefixes from Locales/ar/facts.yaml.
final class StateNameMatchingTests: XCTestCase {
    private func count(_ language: String, _ names: [String], _ text: String) -> Int {
        StatesListRule.Matcher(names: names, language: language,
                               prefixes: FactKnowledge.standard.facts(for: language).vocabulary).count(in: text)
    }

    func testChineseByDictionary() {
        // 发展中国家 (developing countries) = 发展|中|国家: no 中国 (China) in it.
        XCTAssertEqual(count("zh", ["中国"], "发展中国家"), 0)
        XCTAssertEqual(count("zh", ["中国"], "中国和巴西"), 1)
        XCTAssertEqual(count("zh", ["中国", "巴西", "大不列颠及北爱尔兰联合王国"], "中国、巴西和大不列颠及北爱尔兰联合王国"), 3)
    }

    func testArabicPrefixesAndArticle() {
        let names = ["البرازيل", "كندا", "كينيا"]
        XCTAssertEqual(count("ar", names, "والبرازيل وكندا"), 2)
        XCTAssertEqual(count("ar", names, "للبرازيل"), 1)           // ل + البرازيل
        XCTAssertEqual(count("ar", names, "وبالبرازيل"), 1)
        XCTAssertEqual(count("ar", names, "تمكينياً"), 0)           // not inside a longer word
    }

    func testWholeWordsElsewhere() {
        XCTAssertEqual(count("en", ["Canada"], "Canada and Canadian"), 1)
        XCTAssertEqual(count("ru", ["Канада", "Канады"], "Канады и Канада"), 2)
    }
}
