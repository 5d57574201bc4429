namespace AnalysisHelpers.Export.Report;

/// <summary>
/// Everything the report says, in reading order, with no markup: the front matter, then numbered sections of
/// paragraphs, figures, tables and citation lists. <see cref="ReportHtml"/> turns it into the one HTML page that is
/// both report.html (on screen, charts interactive) and, printed by Chromium, report.pdf; so the two cannot differ.
/// </summary>
public sealed record ReportModel(ReportFrontMatter Front, IReadOnlyList<ReportSection> Sections);

/// <summary>What the title block and the running header and footer say.</summary>
/// <param name="Title">The report's title.</param>
/// <param name="Subtitle">One line under the title; may be empty.</param>
/// <param name="RunningTitle">The short title in the header of every page after the first.</param>
/// <param name="Date">The day the report was made.</param>
/// <param name="Provenance">Which data and which version made it, e.g. "data 3f2a…; AnalysisHelpers 1.0.0".</param>
public sealed record ReportFrontMatter(string Title, string Subtitle, string RunningTitle, DateOnly Date, string Provenance);

/// <summary>A numbered section: its blocks, then its subsections (numbered below it).</summary>
/// <param name="Landscape">Printed on landscape pages from its heading on, for a section made mostly of wide tables;
/// its figures still print on portrait pages of their own, at the size of the others.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection>? Subsections = null,
    bool Landscape = false)
{
    public IReadOnlyList<ReportSection> Children => Subsections ?? [];
}

/// <summary>One block of a section.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of running text.</summary>
public sealed record ReportParagraph(ReportText Text) : ReportBlock;

/// <summary>A numbered figure: a Plotly chart drawn at a fixed size, with its caption and source note below.</summary>
/// <param name="Title">The caption's first sentence; the chart itself shows no title in the report.</param>
/// <param name="Caption">What the figure shows and how to read it.</param>
/// <param name="Source">Where its figures come from (articles, claims, derived figures).</param>
/// <param name="FigureJson">Plotly figure JSON as the report draws it.</param>
/// <param name="Width">CSS pixels, at most <see cref="ReportHtml.MaxFigureWidth"/>.</param>
/// <param name="Height">CSS pixels.</param>
public sealed record ReportFigure(string Id, string Title, string Caption, string Source, string FigureJson, int Width, int Height) : ReportBlock;

/// <summary>A numbered table. Each row has one cell per column; a row may carry an anchor that text links to.</summary>
/// <param name="Title">The caption above the table.</param>
/// <param name="Note">A note under the table (where its values come from); may be empty, and may refer to other
/// figures and tables.</param>
/// <param name="Wide">Too wide for a portrait page: printed on a landscape page of its own.</param>
public sealed record ReportTable(
    string Id,
    string Title,
    ReportText Note,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows,
    bool Wide = false) : ReportBlock;

/// <summary>A column and how its cells may break across lines.</summary>
/// <param name="Percent">The share of the table's width the column takes, for a text column whose natural width the
/// browser would misjudge (one item a line); null lets the browser size it by its content.</param>
public sealed record ReportColumn(string Header, ColumnKind Kind, int? Percent = null);

/// <summary>How a column's cells are set.</summary>
public enum ColumnKind
{
    /// <summary>Ids, verdicts, figures as stored: short tokens that never wrap.</summary>
    Key,
    /// <summary>Numbers and amounts: right-aligned, never wrapped.</summary>
    Number,
    /// <summary>Short names (article labels, people): wrap only at spaces.</summary>
    Label,
    /// <summary>Sentences: wrap at spaces and take the room that is left.</summary>
    Text,
}

/// <summary>A table row; <paramref name="Anchor"/> is the id text links to (e.g. <c>claim-C037</c>).</summary>
/// <param name="Total">A closing total row, set apart from the others.</param>
/// <param name="Group">A heading row for the rows below it: one cell that spans every column, kept on a page with
/// the row that follows.</param>
public sealed record ReportRow(IReadOnlyList<ReportText> Cells, string? Anchor = null, bool Total = false, bool Group = false)
{
    /// <summary>A heading row over the rows that follow it (see <see cref="Group"/>).</summary>
    public static ReportRow Heading(ReportText text, string? anchor = null) => new([text], anchor, Group: true);
}

/// <summary>A list of full citations; each entry can be linked to by its anchor.</summary>
public sealed record ReportCitations(IReadOnlyList<ReportCitation> Entries) : ReportBlock;

/// <summary>One citation: the label it is cited by (an article's label, a reference id), the citation itself and an
/// optional note in smaller type.</summary>
public sealed record ReportCitation(string Anchor, string Label, ReportText Text, string Note = "");

/// <summary>Text made of spans: plain, strong, links to anchors in the report, and references to a numbered figure or
/// table that the page fills in ("Figure 2", "Table 5").</summary>
public sealed record ReportText(IReadOnlyList<ReportSpan> Spans)
{
    /// <summary>Plain words; an empty string is <see cref="Empty"/>.</summary>
    public static implicit operator ReportText(string text) =>
        text is null ? throw new ArgumentNullException(nameof(text), "Report text cannot be null.") : text.Length == 0 ? Empty : new([ReportSpan.Plain(text)]);

    /// <summary>The text as a reader sees it, with numbered references left as their target ids.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text ?? s.Target));

    public static ReportText Empty { get; } = new([]);
}

/// <summary>A piece of <see cref="ReportText"/>.</summary>
/// <param name="Text">The words; null for a numbered reference, whose words are its target's number.</param>
/// <param name="Target">The anchor a link goes to; for a numbered reference, the figure's or table's id.</param>
public sealed record ReportSpan(string? Text, string? Target, SpanStyle Style)
{
    public static ReportSpan Plain(string text) => new(text, null, SpanStyle.Plain);
    public static ReportSpan Strong(string text) => new(text, null, SpanStyle.Strong);

    /// <summary>Secondary words set in the muted colour: where a line stands, a unit of a figure.</summary>
    public static ReportSpan Muted(string text) => new(text, null, SpanStyle.Muted);
    public static ReportSpan Link(string text, string anchor) => new(text, anchor, SpanStyle.Plain);

    /// <summary>A line break, for a cell that lists one item a line (the inputs of a formula, evidence lines).</summary>
    public static ReportSpan LineBreak() => new("\n", null, SpanStyle.Plain);

    /// <summary>"Figure N" or "Table N" for the figure or table with this id, linked to it.</summary>
    public static ReportSpan NumberOf(string figureOrTableId) => new(null, figureOrTableId, SpanStyle.Plain);
}

public enum SpanStyle { Plain, Strong, Muted }
