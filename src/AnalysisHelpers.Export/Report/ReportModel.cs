namespace AnalysisHelpers.Export;

/// <summary>
/// Everything report.html shows, in order: title and subtitle, a table of contents, the charts, the
/// standalone tables (such as derived figures and sources), then the sections (such as provenance and the
/// fact check). All strings are plain text; the builder escapes them.
/// </summary>
public sealed record ReportModel(
    string Title,
    string Subtitle,
    IReadOnlyList<ReportChart> Charts,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<ReportSection> Sections);

/// <summary>A chart drawn at a fixed size so that print and PDF show it exactly as on screen.</summary>
/// <param name="Width">CSS pixels, at most <see cref="ReportBuilder.MaxChartWidth"/>.</param>
/// <param name="Height">CSS pixels.</param>
public sealed record ReportChart(string Id, string Title, string Caption, string FigureJson, int Width, int Height);

/// <summary>A table of text cells; every row has one cell per column.</summary>
public sealed record ReportTable(
    string Id,
    string Title,
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A titled block of paragraphs, optionally followed by tables.</summary>
public sealed record ReportSection(
    string Id,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReportTable>? Tables = null);
