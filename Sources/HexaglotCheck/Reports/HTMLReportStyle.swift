/// The HTML report's stylesheet, inlined so that the page stands alone.
enum HTMLReportStyle {
    static let css = """
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
        th, td { border: 1px solid #c8c8c8; padding: 0.4rem 0.5rem; vertical-align: top; text-align: start; }
        thead th { background: #f0f0f0; position: sticky; top: 0; }
        table.aligned td { font-size: 0.9rem; }
        .text { white-space: pre-wrap; }
        td.missing { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #f0f0f0 6px, #f0f0f0 12px); }
        td.flagged.error, tr.error td:first-child { background: #fde2e1; }
        td.flagged.warning, tr.warning td:first-child { background: #fff1c9; }
        td.flagged.note, tr.note td:first-child { background: #e3effd; }
        td.flagged { outline: 2px solid #b3261e; outline-offset: -2px; }
        td.flagged.warning { outline-color: #a86b00; }
        td.flagged.note { outline-color: #1f5fbf; }
        ul.notes { margin: 0.4rem 0 0; padding-inline-start: 1.2rem; font-size: 0.85rem; }
        ul.notes li.error { color: #8c1d18; }
        ul.notes li.warning { color: #6b4500; }
        td ul, th ul { margin: 0; padding-inline-start: 1rem; }
        sup.footnote-ref { color: #1f5fbf; }
        :target { scroll-margin-top: 3rem; box-shadow: 0 0 0 3px #1f5fbf; }
        fieldset.toggles { border: none; padding: 0; margin: 0 0 0.75rem; }
        fieldset.toggles legend { float: left; margin-inline-end: 0.75rem; font-weight: bold; }
        @media print {
          fieldset.toggles { display: none; }
          thead th { position: static; }
          tr { break-inside: avoid; }
          @page { size: A4 landscape; margin: 1cm; }
        }

        """

    /// Hides version column `n` (1-based; the node names are the table's first column)
    /// while its box (`#show-n`) is unchecked.
    static func columnToggles(_ count: Int) -> String {
        (1...max(count, 1)).map { n in
            "body:has(#show-\(n):not(:checked)) table.aligned tr > :nth-child(\(n + 1)) { display: none; }\n"
        }.joined()
    }
}
