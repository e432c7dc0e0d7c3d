import HexaglotTestSupport
import HexaglotTree
import XCTest

/// The renderer's tree, compared as a dump: a failure shows the nodes, not a boolean.
final class TreeDumpTests: XCTestCase {
    func testMastheadTitleAndFirstSectionOfTheChineseTree() throws {
        let dump = try Repo.render("zh").treeDump().split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(dump.prefix(9)), [
            "Document id=cbd-wg2020-2-2 lang=zh dir=ltr symbol=CBD/WG2020/2/2",
            "├─ Masthead body ⟨term wg2020 ⟨term gbf ⟨year \"2020\" = 2020⟩ \"年后全球生物多样性框架\"⟩⟩",
            "├─ Masthead body ⟨term wg2020 \"不限成员名额工作组\"⟩",
            "├─ Masthead session \"第\" ⟨ordinal \"二\" = 2⟩ \"次会议\"",
            "├─ Masthead venue ⟨dateRange \"2020年2月24日至29日\" = 2020-02-24/2020-02-29⟩ \"，\" ⟨place \"罗马\" = rome⟩",
            "├─ Masthead agendaItem \"临时议程\" ⟨fn 1⟩ \"项目\" ⟨number \"3\" = 3⟩",
            "├─ Title ⟨term working-group \"工作组\"⟩ \"第\" ⟨ordinal \"一\" = 1⟩ \"次会议以来就制定\" ⟨term gbf ⟨year \"2020\" = 2020⟩ \"年后全球生物多样性框架\"⟩ \"所作协商的成果和其他贡献概览\"",
            "├─ Author \"执行秘书的说明\"",
            "├─ section 1 label=\"一.\" heading \"导言\"",
        ])
        XCTAssertTrue(dump.contains("│  │  ├─ subparagraph a label=\"（a）\" ⟨term gbf ⟨year \"2020\" = 2020⟩ \"年后全球生物多样性框架\"⟩ \"生态系统恢复专题研讨会，\" ⟨dateRange \"2019年11月6日至8日\" = 2019-11-06/2019-11-08⟩ \"，\" ⟨place \"巴西里约热内卢\" = BR/rio-de-janeiro⟩ \"；\" ⟨fn 7⟩"), dump.joined(separator: "\n"))
        XCTAssertEqual(dump.filter { $0.hasPrefix("└─ Footnote") }.count, 17)
        XCTAssertEqual(dump.last, "└─ Footnote 17 id=satoyama ⟨url \"https://ias.unu.edu/en/news/news/ipsi-8-global-conference-workshop-focus-on-next-global-biodiversity-framework.html\" = https://ias.unu.edu/en/news/news/ipsi-8-global-conference-workshop-focus-on-next-global-biodiversity-framework.html⟩ \"。\"")
    }
}
