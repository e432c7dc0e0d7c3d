import XCTest
@testable import HexaglotICU

/// Digit ordinals in a named ICU rule set (ICU 72.1): the feminine forms the
/// locales need for "reunión" and "réunion".
final class DigitOrdinalFormatTests: XCTestCase {
    func testSpanishFeminineHasTheOrdinalIndicatorA() throws {
        let format = DigitOrdinalFormat(locale: "es", ruleSet: "%digits-ordinal-feminine")
        XCTAssertEqual(try [1, 3, 11, 23].map(format.format), ["1.ª", "3.ª", "11.ª", "23.ª"])
        XCTAssertEqual(try OrdinalFormat(locale: "es").format(23), "23.º", "the default rule set is masculine")
    }

    func testFrenchFeminineAndMasculine() throws {
        XCTAssertEqual(try [1, 2, 23].map(DigitOrdinalFormat(locale: "fr", ruleSet: "%digits-ordinal-feminine").format), ["1re", "2e", "23e"])
        XCTAssertEqual(try DigitOrdinalFormat(locale: "fr", ruleSet: "%digits-ordinal-masculine").format(1), "1er")
    }

    func testAnUnknownRuleSetThrows() {
        XCTAssertThrowsError(try DigitOrdinalFormat(locale: "es", ruleSet: "%digits-ordinal-neuter").format(1)) { error in
            XCTAssertEqual((error as? ICUError)?.operation, "unum_setTextAttribute", "\(error)")
        }
    }

    func testTheCacheIsBounded() throws {
        XCTAssertLessThanOrEqual(DigitOrdinalFormat.cache.limit, 64)
        for _ in 0..<3 { _ = try DigitOrdinalFormat(locale: "fr", ruleSet: "%digits-ordinal-feminine").format(5) }
        XCTAssertLessThanOrEqual(DigitOrdinalFormat.cache.count, DigitOrdinalFormat.cache.limit)
    }
}

/// Upper-casing by ICU in each language's rules.
final class CaseMappingTests: XCTestCase {
    func testLanguagesThatPrintCapitals() throws {
        XCTAssertEqual(try CaseMapping.upper("Groupe de travail à composition non limitée sur le cadre mondial de la biodiversité pour l'après-2020", locale: "fr"),
                       "GROUPE DE TRAVAIL À COMPOSITION NON LIMITÉE SUR LE CADRE MONDIAL DE LA BIODIVERSITÉ POUR L'APRÈS-2020")
        XCTAssertEqual(try CaseMapping.upper("Рабочая группа открытого состава", locale: "ru"), "РАБОЧАЯ ГРУППА ОТКРЫТОГО СОСТАВА")
        XCTAssertEqual(try CaseMapping.upper("Grupo de Trabajo de Composición Abierta", locale: "es"), "GRUPO DE TRABAJO DE COMPOSICIÓN ABIERTA")
        XCTAssertEqual(try CaseMapping.upper("Open-ended Working Group on the Post-2020", locale: "en-GB"), "OPEN-ENDED WORKING GROUP ON THE POST-2020")
    }

    func testTheLocaleDecides() throws {
        XCTAssertEqual(try CaseMapping.upper("istanbul", locale: "tr"), "İSTANBUL")
        XCTAssertEqual(try CaseMapping.upper("istanbul", locale: "en"), "ISTANBUL")
        XCTAssertEqual(try CaseMapping.upper("Straße", locale: "de"), "STRASSE", "one letter may become two")
    }

    func testTextWithoutCaseIsUnchanged() throws {
        XCTAssertEqual(try CaseMapping.upper("不限成员名额工作组", locale: "zh"), "不限成员名额工作组")
        XCTAssertEqual(try CaseMapping.upper("الفريق العامل", locale: "ar"), "الفريق العامل")
    }
}
