import HexaglotModel
import HexaglotRender
import HexaglotTestSupport
import HexaglotTree
import HexaglotWriters
import XCTest

/// The locale features of Locales/ (data) and the renderer (behaviour): place
/// patterns, case transforms, grammatical forms of names and digit ordinals,
/// each in every language that uses it.
final class LocaleFeatureTests: XCTestCase {
    // MARK: Place patterns (`place:` in locale.yaml; countries from places.yaml)

    func testPlacePatterns() throws {
        let rio: [String: String] = [
            "ar": "ريو دي جانيرو، البرازيل",
            "zh": "巴西里约热内卢",
            "en": "Rio de Janeiro, Brazil",
            "fr": "Rio de Janeiro (Brésil)",   // "City (Country)", CBD/WG2020/2/3 fr
            "es": "Río de Janeiro (Brasil)",   // "City (Country)", CBD/SBSTTA/23/9 es
            "ru": "Рио-де-Жанейро, Бразилия",
        ]
        let edinburgh: [String: String] = [
            "ar": "إدنبرة، اسكتلندا، المملكة المتحدة",
            "zh": "联合王国苏格兰爱丁堡",
            "en": "Edinburgh, Scotland, United Kingdom",
            "fr": "Édimbourg, Écosse (Royaume-Uni)",
            "es": "Edimburgo, Escocia (Reino Unido)",
            "ru": "Эдинбург, Шотландия, Соединенное Королевство",
        ]
        for language in rio.keys.sorted() {
            let values = try Self.values(language)
            XCTAssertEqual(values["rio"], rio[language], language)
            XCTAssertEqual(values["edinburgh"], edinburgh[language], language)
            XCTAssertEqual(values["berlin"].map { !$0.isEmpty }, true, "a place without a country is its city alone (\(language))")
        }
    }

    func testAPlacePieceMustHoldOnePart() throws {
        let scratch = try ScratchWorkspace()
        let path = "Locales/en/locale.yaml"
        try scratch.edit(path, replacing: #"place: ["{city}", ", {region}", ", {country}"]"#, with: #"place: ["{city}, {region}", ", {country}"]"#)
        XCTAssertThrowsError(try scratch.workspace.loadLanguage("en")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("locale.yaml:") && message.contains("exactly one of {city}, {region}, {country}"), message)
        }
    }

    func testAnUnknownCountryIsAFinding() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Locales/ru/places.yaml", replacing: "BR: Бразилия\n", with: "")
        let findings = try TemplateLinter(workspace: scratch.workspace).lint().map(\.description)
        XCTAssertTrue(findings.contains { $0.contains("unknown place 'BR' (the country); add it to places.yaml of ru") }, "\(findings)")
    }

    // MARK: Case transforms (`case:` in locale.yaml, ICU upper-casing)

    func testMastheadBodyInCapitals() throws {
        let expected: [String: [String]] = [
            "en": ["OPEN-ENDED WORKING GROUP ON THE POST-2020 GLOBAL BIODIVERSITY FRAMEWORK"],
            "es": ["GRUPO DE TRABAJO DE COMPOSICIÓN ABIERTA SOBRE EL MARCO MUNDIAL DE LA DIVERSIDAD BIOLÓGICA POSTERIOR A 2020"],
            "fr": ["GROUPE DE TRAVAIL À COMPOSITION NON LIMITÉE", "SUR LE CADRE MONDIAL DE LA BIODIVERSITÉ POUR L'APRÈS-2020"],
            "ru": ["РАБОЧАЯ ГРУППА ОТКРЫТОГО СОСТАВА ПО ГЛОБАЛЬНОЙ РАМОЧНОЙ ПРОГРАММЕ В ОБЛАСТИ БИОРАЗНООБРАЗИЯ НА ПЕРИОД ПОСЛЕ 2020 ГОДА"],
        ]
        for (language, lines) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(try Self.mastheadBody(language), lines, language)
        }
        // Chinese and Arabic have no case: their masthead lines are the terms as written.
        XCTAssertEqual(try Self.mastheadBody("zh"), ["2020年后全球生物多样性框架", "不限成员名额工作组"])
    }

    func testTheYearInACapitalizedLineKeepsItsValue() throws {
        let body = try XCTUnwrap(Repo.render("en").masthead.first { $0.role == .body })
        XCTAssertEqual(body.content.values.map(\.canonical), ["2020"], "the typed year survives the upper-casing")
    }

    func testTitleAndHeadingsInCapitalsWhenTheLocaleSaysSo() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Locales/fr/locale.yaml", replacing: "case: {masthead.body: upper}",
                         with: "case: {masthead.body: upper, title: upper, sections: upper}")
        let document = try Repo.render("fr", workspace: scratch.workspace)
        XCTAssertTrue(document.title.content.plainText.hasPrefix("APERÇU DES RÉSULTATS DES CONSULTATIONS"), document.title.content.plainText)
        XCTAssertTrue(document.title.content.plainText.hasSuffix("DEPUIS LA PREMIÈRE RÉUNION DU GROUPE DE TRAVAIL"), "values and terms too")
        XCTAssertEqual(document.sections.first?.heading.plainText, "INTRODUCTION")
        XCTAssertEqual(document.sections.map(\.label), try Repo.render("fr").sections.map(\.label), "labels are not transformed")
        XCTAssertEqual(document.sections[2].paragraphs[0].content.plainText, try Repo.render("fr").sections[2].paragraphs[0].content.plainText,
                       "paragraphs keep their case")
    }

    func testAnUnknownCasedLineIsALocatedError() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Locales/en/locale.yaml", replacing: "case: {masthead.body: upper}", with: "case: {masthead.bod: upper}")
        XCTAssertThrowsError(try scratch.workspace.loadLanguage("en")) { error in
            XCTAssertTrue("\(error)".contains("unknown line 'masthead.bod'"), "\(error)")
        }
    }

    // MARK: Grammatical forms of names (`forms:` in locale.yaml, `{states:…|form}`)

    func testFormsChosenByThePlaceholder() throws {
        let support: [String: String] = [
            "ru": "Австралии, Австрии, Бразилии",       // {states:supporting-states|genitive}
            "fr": "de l'Afrique du Sud, de l'Allemagne",  // {states:supporting-states|deArticle}
            "es": "Australia, Austria, el Brasil, el Canadá",  // the name carries its article
            "ar": "البرازيل",
            "en": "Australia, Austria, Brazil, Canada",
            "zh": "奥地利、澳大利亚、巴西、加拿大",
        ]
        for (language, fragment) in support.sorted(by: { $0.key < $1.key }) {
            let text = try Self.values(language)["supporting-states"] ?? ""
            XCTAssertTrue(text.contains(fragment), "\(language): \(text)")
        }
    }

    func testAMissingFormIsALintFindingAtTheEntry() throws {
        let scratch = try ScratchWorkspace()
        let path = "Locales/ru/states.yaml"
        try scratch.edit(path, replacing: "BR: {name: Бразилия, genitive: Бразилии}", with: "BR: {name: Бразилия}")
        let findings = try TemplateLinter(workspace: scratch.workspace).lint()
        let line = try lineNumber(of: "BR: {name: Бразилия}", in: scratch.read(path))
        XCTAssertTrue(findings.contains { $0.rule == .missingForm && $0.location.line == line && $0.location.file.hasSuffix(path)
                                          && $0.message.contains("'BR' in states.yaml has no 'genitive' form") }, "\(findings)")
        // The renderer refuses it too, rather than falling back to the name.
        XCTAssertThrowsError(try Repo.render("ru", workspace: scratch.workspace)) { error in
            XCTAssertTrue("\(error)".contains("has no form 'genitive'"), "\(error)")
        }
    }

    func testAFormTheLocaleDoesNotDeclareIsRefused() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Templates/fr/cbd-wg2020-2-2.yaml", replacing: "{states:supporting-states|deArticle}", with: "{states:supporting-states|genitive}")
        XCTAssertThrowsError(try Repo.render("fr", workspace: scratch.workspace)) { error in
            XCTAssertTrue("\(error)".contains("'genitive' is neither a list style nor a form of the states"), "\(error)")
        }
    }

    // MARK: Digit ordinals (`style: digits-ordinal`, ICU UNUM_ORDINAL)

    func testSpanishMeetingsInFiguresHaveTheFeminineIndicator() throws {
        let values = try Self.values("es")
        XCTAssertEqual(values["sbstta-23"], "23ª")
        XCTAssertEqual(values["wg8j-11"], "11ª")
        XCTAssertEqual(values["wg-meeting-1"], "primera", "up to the tenth, spelled out")
    }

    // MARK: Helpers

    /// The rendered text of each model value, by id (the last one cited wins; all citations of an id agree).
    static func values(_ language: String) throws -> [String: String] {
        let document = try Repo.render(language)
        var result: [String: String] = [:]
        var all = document.masthead.flatMap(\.content) + document.title.content
        for section in document.sections {
            all += section.heading
            for p in section.paragraphs { all += p.content + p.subItems.flatMap(\.content) }
        }
        all += document.footnotes.flatMap(\.content)
        for value in all.values { if let id = value.id { result[id] = value.text } }
        return result
    }

    static func mastheadBody(_ language: String) throws -> [String] {
        try Repo.render(language).masthead.filter { $0.role == .body }.map(\.content.plainText)
    }
}

/// The agenda footnote's symbol is kept as the official Chinese text published it,
/// and the model says so in a typed note that reaches every rendering.
final class AsPublishedTests: XCTestCase {
    func testTheModelKeepsThePublishedSymbolWithItsReason() throws {
        let model = try Repo.workspace.loadModel(at: Repo.noteModel)
        let value = try XCTUnwrap(model.value("agenda-document"))
        XCTAssertEqual(value.data, .symbol("CBD/WG2020/1/1"))
        XCTAssertEqual(value.asPublished?.expected, "CBD/WG2020/2/1")
        XCTAssertTrue(value.asPublished?.note.contains("first meeting") == true)
        XCTAssertNil(model.value("wg1-report")?.asPublished, "only the value the model marks")
    }

    func testEveryLanguageCarriesTheNoteAndHTMLMarksIt() throws {
        for language in LanguageStructureTests.languages {
            let document = try Repo.render(language)
            let footnote = try XCTUnwrap(document.footnotes.first { $0.id == "agenda" })
            let symbol = try XCTUnwrap(footnote.content.values.first)
            XCTAssertEqual(symbol.text, "CBD/WG2020/1/1", language)
            XCTAssertTrue(symbol.asPublished?.hasPrefix("Kept as published (expected CBD/WG2020/2/1): ") == true, language)
            let html = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
            XCTAssertTrue(html.contains(#"data-value="CBD/WG2020/1/1" data-as-published="true" title="Kept as published (expected CBD/WG2020/2/1)"#)
                          || html.contains(#"data-value="CBD/WG2020/1/1" dir="ltr" data-as-published="true" title="Kept as published (expected CBD/WG2020/2/1)"#),
                          language)
            XCTAssertEqual(html.components(separatedBy: #"data-as-published="true""#).count, 2, "one marked value (\(language))")
        }
    }

    func testAnAsPublishedNoteNeedsItsReason() throws {
        let scratch = try ScratchWorkspace()
        try scratch.edit("Documents/cbd-wg2020-2-2/note.yaml", replacing: "    asPublished:\n      expected: CBD/WG2020/2/1\n",
                         with: "    asPublished:\n      expected: CBD/WG2020/2/1\n      reason: typo\n")
        XCTAssertThrowsError(try scratch.workspace.loadModel(at: scratch.noteModel)) { error in
            XCTAssertTrue("\(error)".contains("unknown key 'reason' in the asPublished note"), "\(error)")
        }
    }
}
