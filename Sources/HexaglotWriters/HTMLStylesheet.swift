/// The stylesheet embedded in every HTML output. Logical properties
/// (`inline-start`, `text-align: end`) so one sheet serves LTR and RTL.
enum HTMLStylesheet {
    static let css = """
        body { font-family: "Times New Roman", "SimSun", "Songti SC", serif; line-height: 1.5; max-width: 42em; margin: 2em auto; padding: 0 1em; }
        header.masthead { border-bottom: 1px solid #000; margin-bottom: 1.5em; }
        header.masthead p { margin: 0.2em 0; }
        header.masthead .symbol { text-align: end; font-weight: bold; }
        header.masthead [data-role="body"] { font-weight: bold; }
        h1 { font-size: 1.3em; }
        h2 { font-size: 1.1em; }
        .label { display: inline-block; min-width: 2.5em; }
        ol.sub-items, section.footnotes ol { list-style: none; margin: 0 0 1em; padding-inline-start: 2.5em; }
        ol.sub-items li { margin: 0.3em 0; }
        p.numbered { text-align: justify; }
        sup.footnote-ref { line-height: 0; }
        section.footnotes { border-top: 1px solid #888; margin-top: 2em; font-size: 0.9em; }
        section.footnotes li { margin: 0.2em 0; }
        a.footnote-back { display: inline-block; min-width: 2em; }
        [data-as-published] { text-decoration: underline dotted; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          a { color: inherit; text-decoration: none; }
          h1, h2 { break-after: avoid; }
          p, li { orphans: 2; widows: 2; }
          section.footnotes { break-inside: avoid-page; }
        }
        """
}
