namespace AnalysisHelpers.Export;

/// <summary>The report stylesheet: readable on screen, and A4-ready in print.</summary>
internal static class ReportStyles
{
    /// <summary>
    /// The content column is 900 CSS px. In print it is zoomed to 0.75 so it fits the 180 mm between A4's
    /// 15 mm margins (about 680 px) without clipping fixed-size charts.
    /// </summary>
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0 auto; max-width: 960px; padding: 24px 30px 48px;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
          font-size: 16px; line-height: 1.5; color: #1f2328; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact;
        }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 4px; }
        h2 { font-size: 1.45rem; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1.1rem; margin: 28px 0 8px; }
        p { margin: 0 0 12px; }
        a { color: #0b5cad; }
        .subtitle { color: #57606a; font-size: 1.1rem; margin: 0 0 24px; }
        .toc { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 20px; margin-bottom: 24px; }
        .toc h2 { font-size: 1rem; margin: 0 0 6px; padding: 0; border: 0; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
        .toc ol { margin: 0; padding-left: 20px; }
        .toc li { margin: 2px 0; }
        .chart { margin: 0 0 32px; }
        .chart h3 { margin-top: 0; }
        .plot { border: 1px solid #eaeef2; border-radius: 4px; }
        .caption, figcaption { color: #57606a; font-size: .9rem; line-height: 1.45; margin-top: 6px; }
        figure { margin: 0; }
        .table-figure { margin: 0 0 24px; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #d0d7de; overflow-wrap: anywhere; }
        thead th { background: #eaeef2; border-bottom: 2px solid #afb8c1; font-weight: 600; }
        tbody tr:nth-child(even) { background: #f6f8fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { zoom: .75; max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          .toc { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .chart, .table-figure figcaption, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .table-wrap { overflow: visible; }
        }
        """;
}
