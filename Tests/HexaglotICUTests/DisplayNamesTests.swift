import XCTest
@testable import HexaglotICU

final class DisplayNamesTests: XCTestCase {
    /// Regions AT, CN, RU, SY, CI and 419; languages ar, zh, en, fr, es, ru.
    let pinned: [String: ([String], [String])] = [
        "ar": (["النمسا", "الصين", "روسيا", "سوريا", "ساحل العاج", "أمريكا اللاتينية"],
               ["العربية", "الصينية", "الإنجليزية", "الفرنسية", "الإسبانية", "الروسية"]),
        "zh": (["奥地利", "中国", "俄罗斯", "叙利亚", "科特迪瓦", "拉丁美洲"],
               ["阿拉伯语", "中文", "英语", "法语", "西班牙语", "俄语"]),
        "en": (["Austria", "China", "Russia", "Syria", "Côte d\u{2019}Ivoire", "Latin America"],
               ["Arabic", "Chinese", "English", "French", "Spanish", "Russian"]),
        "fr": (["Autriche", "Chine", "Russie", "Syrie", "Côte d\u{2019}Ivoire", "Amérique latine"],
               ["arabe", "chinois", "anglais", "français", "espagnol", "russe"]),
        "es": (["Austria", "China", "Rusia", "Siria", "Côte d\u{2019}Ivoire", "Latinoamérica"],
               ["árabe", "chino", "inglés", "francés", "español", "ruso"]),
        "ru": (["Австрия", "Китай", "Россия", "Сирия", "Кот-д\u{2019}Ивуар", "Латинская Америка"],
               ["арабский", "китайский", "английский", "французский", "испанский", "русский"]),
    ]

    func testPinnedNames() throws {
        for (locale, (regions, languages)) in pinned {
            let names = DisplayNames(locale: locale)
            XCTAssertEqual(try ["AT", "CN", "RU", "SY", "CI", "419"].map(names.region), regions, locale)
            XCTAssertEqual(try unLocales.map(names.language), languages, locale)
        }
        XCTAssertEqual(try DisplayNames(locale: "en").language("zh-Hant"), "Traditional Chinese")
        XCTAssertEqual(try DisplayNames(locale: "en").language("ar-001"), "Modern Standard Arabic")
    }

    /// Unknown codes throw instead of echoing the code back.
    func testUnknownCodes() {
        let en = DisplayNames(locale: "en")
        assertICUError(try en.region("QQ"), operation: "uldn_regionDisplayName", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try en.region(""), operation: "uldn_regionDisplayName", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try en.language("qqq"), operation: "uldn_languageDisplayName", status: "U_ILLEGAL_ARGUMENT_ERROR")
        assertICUError(try DisplayNames(locale: "xx").region("AT"), operation: "ures_open", status: "U_MISSING_RESOURCE_ERROR")
    }
}
