import HexaglotTestSupport
import HexaglotTree

/// Small hand-built trees that together hold every node kind.
enum WriterFixtures {
    static func value(_ kind: ValueKind, _ text: String, _ canonical: String? = nil) -> Inline {
        .value(Value(kind: kind, text: text, canonical: canonical ?? text))
    }

    static func note(_ number: Int) -> Inline { .footnoteRef(FootnoteRef(number: number)) }

    /// English, LTR, with Markdown- and HTML-special characters in its prose,
    /// a masthead line that starts like a list and a footnote that does too.
    static let english = Document(
        id: "test-note", symbol: "TEST/1/2", language: "en",
        masthead: [
            MastheadLine(role: .body, content: [.term(Term(key: "wg", content: [.text("Working Group")]))]),
            MastheadLine(role: .agendaItem, content: [.text("1. Item "), value(.number, "3"), note(1)]),
        ],
        title: Block([.text("Review of *progress* <draft> & next_steps")]),
        author: Block([.text("Note by the Executive Secretary")]),
        body: [
            Division(kind: .section, label: "I.", number: DivisionNumber(1, scheme: .roman), heading: [.text("Introduction")], children: [
                Division(kind: .paragraph, label: "1.", number: DivisionNumber(1, scheme: .decimal), content: [
                    .text("Held on "), value(.dateRange, "6–8 November 2019", "2019-11-06/2019-11-08"),
                    .text(" under "), .term(Term(key: "gbf", content: [value(.year, "2020"), .text(" framework")])),
                    .text("."), note(2),
                ], children: [
                    Division(kind: .subparagraph, label: "(a)", number: DivisionNumber(1, scheme: .letter),
                             content: [.text("See "), value(.symbol, "CBD/WG2020/1/5"), .text(";")]),
                    Division(kind: .subparagraph, label: "(b)", number: DivisionNumber(2, scheme: .letter),
                             content: [value(.url, "https://example.org/a_b?x=1&y=2"), .text(".")]),
                ]),
            ]),
        ],
        footnotes: [
            Footnote(number: 1, id: "agenda", content: [value(.symbol, "TEST/1/1"), .text(".")]),
            Footnote(number: 2, content: [.text("1. Not a list; see "), value(.url, "https://example.org/x")]),
        ]
    )

    /// Arabic, RTL, with a document symbol, a URL and a list of symbols in the running text.
    static let arabic = Document(
        id: "test-note", symbol: "CBD/WG2020/2/2", language: "ar", direction: .rightToLeft,
        masthead: [MastheadLine(role: .session, content: [.text("الاجتماع الثاني")])],
        title: Block([.text("تقرير")]),
        author: Block([.text("مذكرة من الأمينة التنفيذية")]),
        body: [
            Division(kind: .section, label: "أولاً -", number: DivisionNumber(1, scheme: .word), heading: [.text("مقدمة")], children: [
                Division(kind: .paragraph, label: "1 -", number: DivisionNumber(1, scheme: .decimal), content: [
                    .text("انظر "), value(.symbol, "CBD/WG2020/1/5"), .text(" و"),
                    value(.url, "https://www.cbd.int/conferences/post2020"), .text("."), note(1),
                ], children: [
                    Division(kind: .subparagraph, label: "(أ)", number: DivisionNumber(1, scheme: .letter), content: [
                        .text("الوثيقتان "), value(.symbols, "CBD/SBI/3/1 و CBD/SBI/3/1/Add.1", "CBD/SBI/3/1 CBD/SBI/3/1/Add.1"), .text("؛"),
                    ]),
                ]),
            ]),
        ],
        footnotes: [Footnote(number: 1, content: [value(.url, "https://www.cbd.int/meetings/POST2020-WS-2019-11"), .text(".")])]
    )
}
