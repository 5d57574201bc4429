using System.Globalization;
using System.Text;

namespace AnalysisHelpers.Export.Report;

/// <summary>
/// The report's stylesheet, after the house look of a Quarto or R Markdown analyst report: a serif text face for
/// reading, sans-serif headings, captions and tables, booktabs rules, numbered figures and tables with the caption
/// under a figure and above a table. Running text keeps a reading measure; figures and tables take the full width. On screen the contents sit beside the text on a wide window; in print (report.pdf)
/// the page is A4 with a running header, page numbers, the data and version in the footer, and wide tables on
/// landscape pages.
/// </summary>
public static class ReportStyles
{
    /// <summary>Margins of the printed page in millimetres: top, sides, bottom.</summary>
    public const double TopMarginMm = 20, SideMarginMm = 18, BottomMarginMm = 20;

    private const double A4WidthMm = 210;
    private const double PixelsPerMm = 96 / 25.4;

    /// <summary>What the printed column is wide, in CSS pixels.</summary>
    public static double PrintColumnPx => (A4WidthMm - 2 * SideMarginMm) * PixelsPerMm;

    /// <summary>Tallest a printed figure may be, in CSS pixels, leaving room on the page for its caption.</summary>
    public const double MaxPrintFigureHeightPx = 790;

    /// <summary>How much print scales a figure: to the column's width, or less where it would be taller than a page.</summary>
    public static double PrintZoom(int width, int height) => Math.Round(Math.Min(PrintColumnPx / width, MaxPrintFigureHeightPx / height), 4);

    private const string SerifStack = "\"Source Serif 4\", \"Source Serif Pro\", Charter, \"Bitstream Charter\", \"Iowan Old Style\", Georgia, \"Liberation Serif\", \"DejaVu Serif\", serif";
    private const string SansStack = "\"Source Sans 3\", \"Source Sans Pro\", \"Helvetica Neue\", Helvetica, Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif";

    public static string Css { get; } = $$"""
        :root { color-scheme: light; --text: #1d1d1f; --muted: #5b6270; --rule: #222; --hairline: #dcdfe4; --link: #1f5a99; --tint: #f5f6f8; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #fff; color: var(--text); font-family: {{SerifStack}}; font-size: 17px; line-height: 1.55;
               -webkit-print-color-adjust: exact; print-color-adjust: exact; font-variant-numeric: lining-nums; }
        .report { max-width: 1008px; margin: 0 auto; padding: 40px 24px 64px; }
        main p, .title-block p, .table-note { max-width: 42em; }
        @media screen and (min-width: 1320px) {
          .report { max-width: 1296px; display: grid; grid-template-columns: minmax(0, 960px) 240px; column-gap: 48px;
                    grid-template-areas: "title toc" "main toc"; }
          .title-block { grid-area: title; }
          main { grid-area: main; min-width: 0; }
          .toc { grid-area: toc; position: sticky; top: 24px; align-self: start; max-height: calc(100vh - 48px); overflow-y: auto; }
        }
        h1, h2, h3, h4, .toc, figcaption, table, .meta, .subtitle, dt { font-family: {{SansStack}}; }
        .title-block { border-bottom: 1px solid var(--hairline); padding-bottom: 14px; margin-bottom: 24px; }
        h1.title { font-size: 2.05rem; line-height: 1.15; margin: 0 0 8px; font-weight: 700; letter-spacing: -0.01em; }
        .subtitle { font-size: 1.15rem; color: var(--muted); margin: 0 0 10px; }
        .meta { font-size: .85rem; color: var(--muted); margin: 0; }
        h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.2em 0 .6em; font-weight: 700; }
        h3 { font-size: 1.15rem; line-height: 1.3; margin: 1.6em 0 .5em; font-weight: 700; }
        section.level2:first-child > h2 { margin-top: .4em; }
        .section-number { color: var(--muted); font-weight: 600; margin-right: .45em; }
        p { margin: 0 0 .9em; hyphens: manual; }
        a { color: var(--link); text-decoration: none; }
        a:hover { text-decoration: underline; }
        strong { font-weight: 700; }
        #sec-findings p { font-size: 1.02em; }
        .toc { font-size: .88rem; line-height: 1.35; margin: 0 0 28px; }
        .toc-title { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; }
        .toc ol { list-style: none; margin: 0; padding: 0; }
        .toc ol ol { padding-left: 1.6em; }
        .toc li { margin: 3px 0; }
        .toc a { color: var(--text); }
        .toc-num { color: var(--muted); display: inline-block; min-width: 1.6em; }
        figure { margin: 0; }
        .report-figure { margin: 1.4em 0 1.8em; }
        .figure-plot { max-width: 100%; overflow-x: auto; }
        figcaption { font-size: .84rem; line-height: 1.45; color: var(--muted); margin-top: .5em; }
        figcaption .label { color: var(--text); font-weight: 700; }
        figcaption strong { color: var(--text); font-weight: 600; }
        figcaption .source { display: block; margin-top: .25em; font-size: .95em; }
        .report-table { margin: 1.4em 0 1.8em; }
        .table-caption { color: var(--text); font-size: .9rem; margin: 0 0 .45em; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .82rem; line-height: 1.35; border-top: 1.5px solid var(--rule);
                border-bottom: 1.5px solid var(--rule); font-variant-numeric: tabular-nums; }
        th, td { text-align: left; vertical-align: top; padding: 5px 8px; overflow-wrap: normal; word-break: normal; hyphens: manual; }
        thead th { border-bottom: 1px solid var(--rule); font-weight: 600; vertical-align: bottom; }
        tbody tr + tr td { border-top: 1px solid var(--hairline); }
        tr.total td { border-top: 1px solid var(--rule); font-weight: 600; }
        tr.group th { font-weight: 400; padding-top: 10px; background: var(--tint); border-top: 1px solid var(--rule); }
        tr.group th strong { font-weight: 700; }
        tr.group + tr td { border-top: 1px solid var(--hairline); }
        .muted { color: var(--muted); }
        .key, .num, .nobr { white-space: nowrap; }
        .num { text-align: right; }
        td.text { min-width: 14em; }
        td.label { min-width: 7em; }
        .report-table.narrow table { width: auto; min-width: 50%; }
        tr:target, .citation:target { background: #fff4c2; }
        .table-note { font-family: {{SansStack}}; font-size: .8rem; line-height: 1.4; color: var(--muted); margin: .45em 0 0; }
        .citations { margin: 0; }
        .citation { display: grid; grid-template-columns: 11em minmax(0, 1fr); column-gap: 1em; padding: .45em 0; border-top: 1px solid var(--hairline); }
        .citation dt { font-weight: 600; font-size: .9rem; }
        .citation dd { margin: 0; }
        .citation-note { display: block; color: var(--muted); font-size: .86em; margin-top: .2em; }
        @media print {
          body { font-size: 10pt; line-height: 1.42; }
          main p, .title-block p, .table-note { max-width: 150mm; }
          .report { max-width: none; padding: 0; margin: 0; display: block; }
          .toc { display: none; }
          /* plotly.js's buttons do nothing on paper, and a page that matches no hovering pointer shows them always. */
          .modebar-container { display: none; }
          .title-block { margin-bottom: 14pt; padding-bottom: 8pt; }
          h1.title { font-size: 20pt; }
          .subtitle { font-size: 12pt; }
          .meta { font-size: 8.5pt; }
          h2 { font-size: 14pt; margin: 18pt 0 6pt; }
          h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
          h2, h3, .table-caption { break-after: avoid-page; }
          p { orphans: 3; widows: 3; }
          a { color: inherit; }
          a.xref, td a, #sec-findings a { color: var(--link); }
          .report-figure { break-inside: avoid-page; margin: 10pt 0 14pt; }
          .figure-plot { zoom: var(--print-zoom); width: auto; max-width: none; overflow: visible; }
          figcaption { font-size: 8.5pt; }
          .report-table { margin: 10pt 0 14pt; }
          .table-caption { font-size: 9pt; }
          .table-scroll { overflow: visible; }
          table { font-size: 8pt; line-height: 1.3; }
          th, td { padding: 3pt 5pt; }
          td.text { min-width: 10em; }
          tr, .citation { break-inside: avoid-page; }
          tr.group { break-after: avoid-page; }
          tr.group th { padding-top: 5pt; }
          thead { display: table-header-group; }
          .table-note { font-size: 7.5pt; break-before: avoid-page; break-inside: avoid-page; }
          .report-table.wide, section.landscape { page: landscape; }
          section.landscape .report-figure { page: portrait; }
          .report-table.keep { break-inside: avoid-page; }
          .citation { grid-template-columns: 9.5em minmax(0, 1fr); font-size: 9pt; }
          .citation dt { font-size: 9pt; }
          tr:target, .citation:target { background: none; }
        }

        """;

    /// <summary>
    /// The @page rules: paper, margins, and the running header and footer as page-margin boxes, which Chromium prints.
    /// The first page has the title block, so no header.
    /// </summary>
    public static string PageRules(ReportFrontMatter front)
    {
        string Mm(double mm) => mm.ToString("0.#", CultureInfo.InvariantCulture) + "mm";
        var box = "font-family: " + SansStack + "; font-size: 7.5pt; color: #5b6270;";
        var css = new StringBuilder();
        css.Append("@page {\n  size: A4;\n  margin: ").Append(Mm(TopMarginMm)).Append(' ').Append(Mm(SideMarginMm)).Append(' ')
            .Append(Mm(BottomMarginMm)).Append(";\n")
            .Append("  @top-left { content: ").Append(CssString(front.RunningTitle)).Append("; ").Append(box).Append(" vertical-align: bottom; padding-bottom: 4mm; }\n")
            .Append("  @top-right { content: ").Append(CssString(ReportHtml.LongDate(front.Date))).Append("; ").Append(box).Append(" vertical-align: bottom; padding-bottom: 4mm; }\n")
            .Append("  @bottom-left { content: ").Append(CssString(front.Provenance)).Append("; ").Append(box).Append(" vertical-align: top; padding-top: 4mm; }\n")
            .Append("  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); ").Append(box).Append(" vertical-align: top; padding-top: 4mm; }\n")
            .Append("}\n")
            .Append("@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n}\n")
            .Append("@page landscape { size: A4 landscape; }\n")
            .Append("@page portrait { size: A4; }\n");
        return css.ToString();
    }

    /// <summary>A CSS string literal: quotes and backslashes escaped, line breaks and "&lt;" as hex escapes, so the
    /// text can neither end the string nor the style element.</summary>
    public static string CssString(string text)
    {
        var s = new StringBuilder("\"");
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': s.Append("\\\""); break;
                case '\\': s.Append("\\\\"); break;
                case '<': s.Append("\\3C "); break;
                case '\n': s.Append("\\A "); break;
                case '\r': break;
                default: s.Append(c); break;
            }
        }
        return s.Append('"').ToString();
    }
}
