using System.Globalization;
using System.Text;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Export.Report;

/// <summary>
/// Turns a <see cref="ReportModel"/> into report.html: one self-contained page with plotly.js inlined once, numbered
/// sections, figures and tables, a linked table of contents, and a print stylesheet from which Chromium prints
/// report.pdf (A4, running header, page numbers, wide tables on landscape pages). All model text is escaped.
/// </summary>
public static partial class ReportHtml
{
    /// <summary>Widest figure the report takes, in CSS pixels (print scales it to the column).</summary>
    public const int MaxFigureWidth = ReportCharts.MaxWidth;

    /// <summary>Tables of at most this many rows are printed whole on one page.</summary>
    public const int KeepTogetherRows = 12;

    public static string SectionAnchor(string id) => "sec-" + id;
    public static string FigureAnchor(string id) => "fig-" + id;
    public static string TableAnchor(string id) => "tbl-" + id;
    public static string PlotId(string figureId) => "plot-" + figureId;

    /// <summary>Validates the model and returns the HTML document.</summary>
    public static string Build(ReportModel model)
    {
        var numbers = Validate(model);
        var html = new StringBuilder(PlotlyJs.Source.Length + 256 * 1024);
        var front = model.Front;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(front.Title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyles.Css).Append(ReportStyles.PageRules(front)).Append("</style>\n")
            .Append(PlotlyJs.ScriptElement).Append('\n')
            .Append("</head>\n<body>\n<div class=\"report\">\n");

        html.Append("<header class=\"title-block\">\n<h1 class=\"title\">").Append(HtmlText.Escape(front.Title)).Append("</h1>\n");
        if (front.Subtitle.Length > 0) html.Append("<p class=\"subtitle\">").Append(HtmlText.Escape(front.Subtitle)).Append("</p>\n");
        html.Append("<p class=\"meta\"><time datetime=\"").Append(front.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(HtmlText.Escape(LongDate(front.Date))).Append("</time> · ").Append(HtmlText.Escape(front.Provenance)).Append("</p>\n")
            .Append("</header>\n");

        AppendContents(html, model);
        html.Append("<main>\n");
        for (int i = 0; i < model.Sections.Count; i++)
            AppendSection(html, model.Sections[i], (i + 1).ToString(CultureInfo.InvariantCulture), 2, numbers);
        html.Append("</main>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>"1 December 2026": the date as the title block and the running header give it.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static void AppendContents(StringBuilder html, ReportModel model)
    {
        html.Append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2 class=\"toc-title\">Contents</h2>\n<ol>\n");
        for (int i = 0; i < model.Sections.Count; i++)
        {
            var section = model.Sections[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            html.Append("<li><a href=\"#").Append(SectionAnchor(section.Id)).Append("\"><span class=\"toc-num\">").Append(number)
                .Append("</span> ").Append(HtmlText.Escape(section.Title)).Append("</a>");
            if (section.Children.Count > 0)
            {
                html.Append("\n<ol>\n");
                for (int j = 0; j < section.Children.Count; j++)
                {
                    var child = section.Children[j];
                    html.Append("<li><a href=\"#").Append(SectionAnchor(child.Id)).Append("\"><span class=\"toc-num\">")
                        .Append(number).Append('.').Append((j + 1).ToString(CultureInfo.InvariantCulture)).Append("</span> ")
                        .Append(HtmlText.Escape(child.Title)).Append("</a></li>\n");
                }
                html.Append("</ol>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</nav>\n");
    }

    private static void AppendSection(StringBuilder html, ReportSection section, string number, int level, Numbers numbers)
    {
        html.Append("<section id=\"").Append(SectionAnchor(section.Id)).Append("\" class=\"level").Append(level)
            .Append(section.Landscape ? " landscape" : "").Append("\">\n");
        html.Append("<h").Append(level).Append("><span class=\"section-number\">").Append(number).Append("</span> ")
            .Append(HtmlText.Escape(section.Title)).Append("</h").Append(level).Append(">\n");
        foreach (var block in section.Blocks) AppendBlock(html, block, numbers);
        for (int i = 0; i < section.Children.Count; i++)
            AppendSection(html, section.Children[i], number + "." + (i + 1).ToString(CultureInfo.InvariantCulture), level + 1, numbers);
        html.Append("</section>\n");
    }

    private static void AppendBlock(StringBuilder html, ReportBlock block, Numbers numbers)
    {
        switch (block)
        {
            case ReportParagraph p:
                html.Append("<p>");
                AppendText(html, p.Text, numbers);
                html.Append("</p>\n");
                break;
            case ReportFigure f:
                AppendFigure(html, f, numbers);
                break;
            case ReportTable t:
                AppendTable(html, t, numbers);
                break;
            case ReportCitations c:
                AppendCitations(html, c, numbers);
                break;
            default:
                throw new ArgumentException($"Unknown report block {block.GetType().Name}.");
        }
    }

    private static void AppendFigure(StringBuilder html, ReportFigure figure, Numbers numbers)
    {
        html.Append("<figure id=\"").Append(FigureAnchor(figure.Id)).Append("\" class=\"report-figure\">\n")
            .Append("<div class=\"figure-plot\" style=\"--print-zoom:")
            .Append(ReportStyles.PrintZoom(figure.Width, figure.Height).ToString(CultureInfo.InvariantCulture)).Append("\">")
            .Append(PlotlyEmbed.Html(PlotId(figure.Id), figure.FigureJson, figure.Width, figure.Height, responsive: false))
            .Append("</div>\n<figcaption><span class=\"label\">").Append(numbers.Label(figure.Id)).Append(".</span> <strong>")
            .Append(HtmlText.Escape(figure.Title.TrimEnd('.'))).Append(".</strong> ").Append(HtmlText.Escape(figure.Caption));
        if (figure.Source.Length > 0)
            html.Append(" <span class=\"source\">Source: ").Append(HtmlText.Escape(figure.Source)).Append(".</span>");
        html.Append("</figcaption>\n</figure>\n");
    }

    private static void AppendTable(StringBuilder html, ReportTable table, Numbers numbers)
    {
        // A table of short cells only takes its natural width; one with sentences takes the full width.
        bool narrow = table.Columns.All(c => c.Kind != ColumnKind.Text);
        // A short table is kept on one page; a long one may break between rows, its header repeated.
        bool keep = table.Rows.Count <= KeepTogetherRows;
        html.Append("<figure id=\"").Append(TableAnchor(table.Id)).Append("\" class=\"report-table")
            .Append(table.Wide ? " wide" : "").Append(narrow ? " narrow" : "").Append(keep ? " keep" : "").Append("\">\n<figcaption class=\"table-caption\"><span class=\"label\">")
            .Append(numbers.Label(table.Id)).Append(".</span> ").Append(HtmlText.Escape(table.Title)).Append("</figcaption>\n")
            .Append("<div class=\"table-scroll\">\n<table>\n");
        if (table.Columns.Any(c => c.Percent is not null))
        {
            html.Append("<colgroup>");
            foreach (var column in table.Columns)
                html.Append(column.Percent is int p ? $"<col style=\"width:{p.ToString(CultureInfo.InvariantCulture)}%\">" : "<col>");
            html.Append("</colgroup>\n");
        }
        html.Append("<thead>\n<tr>");
        foreach (var column in table.Columns)
            html.Append("<th scope=\"col\" class=\"").Append(ColumnClass(column.Kind)).Append("\">").Append(HtmlText.Escape(column.Header)).Append("</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr");
            if (row.Anchor is { } anchor) html.Append(" id=\"").Append(HtmlText.Escape(anchor)).Append('"');
            if (row.Total) html.Append(" class=\"total\"");
            if (row.Group) html.Append(" class=\"group\"");
            html.Append('>');
            if (row.Group)
            {
                html.Append("<th scope=\"colgroup\" colspan=\"").Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">");
                AppendText(html, row.Cells[0], numbers);
                html.Append("</th></tr>\n");
                continue;
            }
            for (int c = 0; c < row.Cells.Count; c++)
            {
                html.Append("<td class=\"").Append(ColumnClass(table.Columns[c].Kind)).Append("\">");
                AppendText(html, row.Cells[c], numbers, breakAtSpacesOnly: true);
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
        if (table.Note.Spans.Count > 0)
        {
            html.Append("<p class=\"table-note\">");
            AppendText(html, table.Note, numbers);
            html.Append("</p>\n");
        }
        html.Append("</figure>\n");
    }

    private static string ColumnClass(ColumnKind kind) => kind switch
    {
        ColumnKind.Key => "key",
        ColumnKind.Number => "num",
        ColumnKind.Label => "label",
        _ => "text",
    };

    private static void AppendCitations(StringBuilder html, ReportCitations citations, Numbers numbers)
    {
        html.Append("<dl class=\"citations\">\n");
        foreach (var entry in citations.Entries)
        {
            html.Append("<div class=\"citation\" id=\"").Append(HtmlText.Escape(entry.Anchor)).Append("\"><dt>")
                .Append(HtmlText.Escape(entry.Label)).Append("</dt><dd>");
            AppendText(html, entry.Text, numbers);
            if (entry.Note.Length > 0) html.Append("<span class=\"citation-note\">").Append(HtmlText.Escape(entry.Note)).Append("</span>");
            html.Append("</dd></div>\n");
        }
        html.Append("</dl>\n");
    }

    /// <param name="breakAtSpacesOnly">Keep words with hyphens or slashes ("open-source", "2025-Q1") on one line, as
    /// table cells must: a browser would otherwise break after the hyphen.</param>
    private static void AppendText(StringBuilder html, ReportText text, Numbers numbers, bool breakAtSpacesOnly = false)
    {
        foreach (var span in text.Spans)
        {
            if (span.Text is null)
            {
                var target = span.Target!;
                html.Append("<a class=\"xref\" href=\"#").Append(numbers.Anchor(target)).Append("\">").Append(numbers.Label(target)).Append("</a>");
                continue;
            }
            var words = HtmlText.Escape(span.Text);
            // A range of figures ("$1.63B–$1.8B") is kept on one line everywhere; other words with a hyphen only in cells.
            words = (breakAtSpacesOnly ? BreakableWord() : NumericRange()).Replace(words, "<span class=\"nobr\">$0</span>");
            words = words.Replace("\n", "<br>\n", StringComparison.Ordinal);
            if (span.Style == SpanStyle.Strong) words = "<strong>" + words + "</strong>";
            else if (span.Style == SpanStyle.Muted) words = "<span class=\"muted\">" + words + "</span>";
            if (span.Target is { } anchor) html.Append("<a href=\"#").Append(HtmlText.Escape(anchor)).Append("\">").Append(words).Append("</a>");
            else html.Append(words);
        }
    }

    /// <summary>Figure and table numbers in reading order, and every anchor the page will have.</summary>
    private sealed class Numbers
    {
        private readonly Dictionary<string, (string Label, string Anchor)> _numbered = new(StringComparer.Ordinal);
        public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);
        private int _figures, _tables;

        public void AddFigure(ReportFigure figure) =>
            Add(figure.Id, "Figure " + (++_figures).ToString(CultureInfo.InvariantCulture), FigureAnchor(figure.Id), "Figure");

        public void AddTable(ReportTable table) =>
            Add(table.Id, "Table " + (++_tables).ToString(CultureInfo.InvariantCulture), TableAnchor(table.Id), "Table");

        private void Add(string id, string label, string anchor, string what)
        {
            if (!_numbered.TryAdd(id, (label, anchor)))
                throw new ArgumentException($"{what} id \"{id}\" is used twice; figures and tables need ids of their own.");
            AddAnchor(anchor);
        }

        public void AddAnchor(string anchor)
        {
            if (!Anchors.Add(anchor)) throw new ArgumentException($"Anchor \"{anchor}\" is used twice.");
        }

        public string Label(string id) => _numbered[id].Label;
        public string Anchor(string id) => _numbered[id].Anchor;
        public bool IsNumbered(string id) => _numbered.ContainsKey(id);
    }

    /// <summary>Checks everything up front, so a bad model fails with a message naming the item, and numbers the
    /// figures and tables. Every link must land on an anchor of the page.</summary>
    private static Numbers Validate(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(model.Front, "model.Front");
        RequireText(model.Front.Title, "Report title");
        RequireText(model.Front.RunningTitle, "Running title");
        ArgumentNullException.ThrowIfNull(model.Front.Subtitle, "model.Front.Subtitle");
        ArgumentNullException.ThrowIfNull(model.Front.Provenance, "model.Front.Provenance");
        ArgumentNullException.ThrowIfNull(model.Sections, "model.Sections");

        var numbers = new Numbers();
        var texts = new List<(ReportText Text, string Where)>();
        void Walk(ReportSection section)
        {
            ArgumentNullException.ThrowIfNull(section, "section");
            SafeId.Require(section.Id, "Section");
            RequireText(section.Title, $"Title of section \"{section.Id}\"");
            numbers.AddAnchor(SectionAnchor(section.Id));
            ArgumentNullException.ThrowIfNull(section.Blocks, $"Blocks of section \"{section.Id}\"");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportParagraph p:
                        texts.Add((p.Text ?? throw new ArgumentException($"Section \"{section.Id}\" has a paragraph without text."), $"section \"{section.Id}\""));
                        break;
                    case ReportFigure f:
                        ValidateFigure(f);
                        numbers.AddFigure(f);
                        break;
                    case ReportTable t:
                        ValidateTable(t);
                        numbers.AddTable(t);
                        texts.Add((t.Note, $"the note of table \"{t.Id}\""));
                        foreach (var row in t.Rows)
                        {
                            if (row.Anchor is { } a) numbers.AddAnchor(a);
                            texts.AddRange(row.Cells.Select(c => (c, $"table \"{t.Id}\"")));
                        }
                        break;
                    case ReportCitations c:
                        foreach (var entry in c.Entries)
                        {
                            RequireText(entry.Label, $"Label of a citation in section \"{section.Id}\"");
                            numbers.AddAnchor(entry.Anchor);
                            texts.Add((entry.Text, $"citation \"{entry.Anchor}\""));
                        }
                        break;
                    case null:
                        throw new ArgumentException($"Section \"{section.Id}\" has a null block.");
                }
            }
            foreach (var child in section.Children) Walk(child);
        }
        foreach (var section in model.Sections) Walk(section);

        foreach (var (text, where) in texts)
        {
            if (text?.Spans is null) throw new ArgumentException($"A text in {where} is null.");
            foreach (var span in text.Spans)
            {
                if (span.Text is null)
                {
                    if (span.Target is null || !numbers.IsNumbered(span.Target))
                        throw new ArgumentException($"A text in {where} refers to figure or table \"{span.Target}\", which the report does not have.");
                }
                else if (span.Target is { } target && !numbers.Anchors.Contains(target))
                {
                    throw new ArgumentException($"A text in {where} links to \"#{target}\", which the report does not have.");
                }
            }
        }
        return numbers;
    }

    private static void ValidateFigure(ReportFigure figure)
    {
        SafeId.Require(figure.Id, "Figure");
        RequireText(figure.Title, $"Title of figure \"{figure.Id}\"");
        ArgumentNullException.ThrowIfNull(figure.Caption, $"Caption of figure \"{figure.Id}\"");
        ArgumentNullException.ThrowIfNull(figure.Source, $"Source of figure \"{figure.Id}\"");
        if (figure.Width is < 100 or > MaxFigureWidth)
            throw new ArgumentException($"Figure \"{figure.Id}\" is {figure.Width} px wide; the report fits 100 to {MaxFigureWidth} px.");
        if (figure.Height is < 100 or > 2000)
            throw new ArgumentException($"Figure \"{figure.Id}\" is {figure.Height} px high; use 100 to 2000 px.");
        FigureJson.Validate(figure.FigureJson, $"FigureJson of figure \"{figure.Id}\"");
    }

    private static void ValidateTable(ReportTable table)
    {
        SafeId.Require(table.Id, "Table");
        RequireText(table.Title, $"Title of table \"{table.Id}\"");
        ArgumentNullException.ThrowIfNull(table.Note, $"Note of table \"{table.Id}\"");
        if (table.Columns is null || table.Columns.Count == 0 || table.Columns.Any(c => c is null || c.Header is null))
            throw new ArgumentException($"Table \"{table.Id}\" needs at least one column and a header for each.");
        if (table.Columns.Any(c => c.Percent is < 1 or > 100) || table.Columns.Sum(c => c.Percent ?? 0) > 100)
            throw new ArgumentException($"Column widths of table \"{table.Id}\" must each be 1 to 100 percent and add up to at most 100.");
        ArgumentNullException.ThrowIfNull(table.Rows, $"Rows of table \"{table.Id}\"");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row is { Group: true, Cells.Count: not 1 })
                throw new ArgumentException($"Row {i} of table \"{table.Id}\" is a heading row with {row.Cells.Count} cells; a heading row has one, which spans the table.");
            if (row?.Cells is null || (!row.Group && row.Cells.Count != table.Columns.Count))
                throw new ArgumentException(
                    $"Row {i} of table \"{table.Id}\" has {row?.Cells?.Count.ToString(CultureInfo.InvariantCulture) ?? "no"} cells; the table has {table.Columns.Count} columns.");
            if (row.Cells.Any(c => c is null))
                throw new ArgumentException($"Row {i} of table \"{table.Id}\" has a null cell.");
        }
    }

    private static void RequireText(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException($"{what} is empty.");
    }

    /// <summary>A range of figures: a word with a digit on each side of an en dash.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s]*\d[^\s]*–[^\s]*\d[^\s]*")]
    private static partial System.Text.RegularExpressions.Regex NumericRange();

    /// <summary>A word a browser may break inside: one with a hyphen, dash or slash in it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s]*[-‐–—/][^\s]*")]
    private static partial System.Text.RegularExpressions.Regex BreakableWord();
}
