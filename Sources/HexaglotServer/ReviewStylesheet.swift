/// The review page's CSS: a fixed six-column table, start-aligned text (so the
/// Arabic column reads right to left), findings outlined, a rule per language
/// that hides its column when its checkbox is cleared, and print styles.
enum ReviewStylesheet {
    static func css(languages: [String]) -> String {
        let toggles = languages.map { code in
            let code = HTMLText.escape(code)
            return "body:has(#show-\(code):not(:checked)) .col-\(code) { display: none; }"
        }.joined(separator: "\n")
        return base + "\n" + toggles
    }

    static let base = """
        :root { color-scheme: light; --line: #c8c8c8; --error: #b00020; --warning: #8a5a00; --note: #1f5f9f; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 1rem; font: 15px/1.45 "Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; color: #1b1b1b; background: #fff; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.25rem 0.5rem; z-index: 2; }
        h1 { font-size: 1.3rem; margin: 0 0 0.5rem; }
        h1 .subtitle { font-weight: normal; color: #555; font-size: 1rem; }
        .summary ol { margin: 0.25rem 0 0.75rem; padding-inline-start: 1.5rem; }
        .toggles { border: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0 0 1rem; padding: 0.5rem 0.75rem; }
        .toggles label { cursor: pointer; white-space: nowrap; }
        :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
        table.review { border-collapse: collapse; table-layout: fixed; width: 100%; }
        table.review th, table.review td { border: 1px solid var(--line); padding: 0.4rem 0.55rem; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
        thead th { position: sticky; top: 0; background: #f3f3f3; z-index: 1; }
        th.node { width: 7.5rem; font-weight: normal; font-size: 0.8em; color: #555; }
        td p { margin: 0; }
        td[lang="zh"] { line-height: 1.7; }
        td[dir="rtl"] { font-size: 1.05em; }
        .label { font-weight: bold; }
        .absent { color: #888; }
        td.missing { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f0f0f0 6px 12px); }
        .footnote-ref { font-size: 0.75em; line-height: 0; }
        ol.footnotes { margin: 0.5rem 0 0; padding-block-start: 0.35rem; padding-inline-start: 1.6rem; border-top: 1px solid var(--line); font-size: 0.82em; color: #333; }
        tr:target, tr:focus { outline: 3px solid #1a5fb4; outline-offset: -3px; }
        .has-finding.severity-error { background: #fdecee; box-shadow: inset 4px 0 0 var(--error); }
        .has-finding.severity-warning { background: #fff6e0; box-shadow: inset 4px 0 0 var(--warning); }
        .has-finding.severity-note { background: #eaf2fb; box-shadow: inset 4px 0 0 var(--note); }
        .finding { margin-top: 0.35rem; font-size: 0.82em; }
        mark { padding: 0 0.25em; border-radius: 2px; font-weight: bold; color: #fff; background: var(--error); }
        .severity-warning mark { background: var(--warning); }
        .severity-note mark { background: var(--note); }
        @media print {
          @page { size: A4 landscape; margin: 10mm; }
          body { padding: 0; font-size: 8.5pt; }
          .skip, .toggles { display: none; }
          thead th { position: static; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          .has-finding { box-shadow: none; outline: 1.5pt solid #000; }
          mark { color: #000; background: none; border: 1pt solid #000; }
        }
        """
}
