using System.Globalization;
using System.Text;

namespace AnalysisHelpers.Export;

/// <summary>
/// Builds report.html: one self-contained page with plotly.js inlined once, every chart at a fixed size,
/// tables and sections, a table of contents, and a print stylesheet for A4. All text is escaped.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Widest chart that fits the report's content column on screen and in print.</summary>
    public const int MaxChartWidth = 900;

    /// <summary>Validates the model and returns the HTML document.</summary>
    public static string Build(ReportModel model)
    {
        Validate(model);
        var html = new StringBuilder(PlotlyJs.Source.Length + 64 * 1024);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Escape(model.Title)}</title>
            <style>
            {ReportStyles.Css}
            </style>
            {PlotlyJs.ScriptElement}
            </head>
            <body>
            <header>
            <h1>{Html.Escape(model.Title)}</h1>

            """);
        if (model.Subtitle.Length > 0)
            html.Append($"<p class=\"subtitle\">{Html.Escape(model.Subtitle)}</p>\n");
        html.Append("</header>\n");

        AppendContents(html, model);
        html.Append("<main>\n");
        AppendCharts(html, model.Charts);
        foreach (var table in model.Tables)
        {
            html.Append($"<section id=\"{TableAnchor(table)}\">\n<h2>{Html.Escape(table.Title)}</h2>\n");
            AppendTable(html, table);
            html.Append("</section>\n");
        }
        foreach (var section in model.Sections)
            AppendSection(html, section);
        html.Append("</main>\n");

        if (model.Charts.Count > 0)
        {
            var plots = model.Charts.Select(c => new PlotMarkup.Plot(PlotDivId(c), c.FigureJson, c.Width, c.Height));
            html.Append(PlotMarkup.Script(plots, responsive: false)).Append('\n');
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendContents(StringBuilder html, ReportModel model)
    {
        html.Append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        if (model.Charts.Count > 0)
        {
            html.Append("<li><a href=\"#charts\">Charts</a>\n<ol>\n");
            foreach (var chart in model.Charts)
                html.Append($"<li><a href=\"#{ChartAnchor(chart)}\">{Html.Escape(chart.Title)}</a></li>\n");
            html.Append("</ol>\n</li>\n");
        }
        foreach (var table in model.Tables)
            html.Append($"<li><a href=\"#{TableAnchor(table)}\">{Html.Escape(table.Title)}</a></li>\n");
        foreach (var section in model.Sections)
        {
            html.Append($"<li><a href=\"#{SectionAnchor(section)}\">{Html.Escape(section.Title)}</a>");
            var tables = section.Tables ?? [];
            if (tables.Count > 0)
            {
                html.Append("\n<ol>\n");
                foreach (var table in tables)
                    html.Append($"<li><a href=\"#{TableAnchor(table)}\">{Html.Escape(table.Title)}</a></li>\n");
                html.Append("</ol>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</nav>\n");
    }

    private static void AppendCharts(StringBuilder html, IReadOnlyList<ReportChart> charts)
    {
        if (charts.Count == 0)
            return;
        html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        foreach (var chart in charts)
        {
            html.Append($"<figure class=\"chart\" id=\"{ChartAnchor(chart)}\">\n<h3>{Html.Escape(chart.Title)}</h3>\n");
            html.Append(PlotMarkup.Div(PlotDivId(chart), "plot", chart.Width, chart.Height)).Append('\n');
            if (chart.Caption.Length > 0)
                html.Append($"<figcaption>{Html.Escape(chart.Caption)}</figcaption>\n");
            html.Append("</figure>\n");
        }
        html.Append("</section>\n");
    }

    private static void AppendSection(StringBuilder html, ReportSection section)
    {
        html.Append($"<section id=\"{SectionAnchor(section)}\">\n<h2>{Html.Escape(section.Title)}</h2>\n");
        foreach (var paragraph in section.Paragraphs)
            html.Append($"<p>{Html.Escape(paragraph)}</p>\n");
        foreach (var table in section.Tables ?? [])
        {
            html.Append($"<h3 id=\"{TableAnchor(table)}\">{Html.Escape(table.Title)}</h3>\n");
            AppendTable(html, table);
        }
        html.Append("</section>\n");
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        var numeric = NumericColumns(table);
        html.Append("<figure class=\"table-figure\">\n<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>");
        for (var c = 0; c < table.Columns.Count; c++)
            html.Append($"<th scope=\"col\"{(numeric[c] ? NumClass : "")}>{Html.Escape(table.Columns[c])}</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
                html.Append(Cell(row[c], numeric[c]));
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
        if (table.Caption.Length > 0)
            html.Append($"<figcaption>{Html.Escape(table.Caption)}</figcaption>\n");
        html.Append("</figure>\n");
    }

    private const string NumClass = " class=\"num\"";

    /// <summary>Absolute http(s) URLs become links; everything is escaped.</summary>
    private static string Cell(string text, bool numeric)
    {
        if (numeric)
            return $"<td{NumClass}>{Html.Escape(text)}</td>";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !text.Any(char.IsWhiteSpace))
            return $"<td><a href=\"{Html.Escape(text)}\">{Html.Escape(text)}</a></td>";
        return $"<td>{Html.Escape(text)}</td>";
    }

    /// <summary>
    /// A column is right-aligned, header included, when it holds at least one number and nothing else
    /// (empty cells allowed), so digits line up without misaligning mixed text columns.
    /// </summary>
    private static bool[] NumericColumns(ReportTable table)
    {
        var numeric = new bool[table.Columns.Count];
        for (var c = 0; c < numeric.Length; c++)
        {
            var cells = table.Rows.Select(r => r[c].Trim()).Where(t => t.Length > 0).ToList();
            numeric[c] = cells.Count > 0 && cells.All(LooksNumeric);
        }
        return numeric;
    }

    private static bool LooksNumeric(string text)
    {
        var trimmed = text.TrimEnd('%');
        return trimmed.Length > 0
            && double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
    }

    private static string ChartAnchor(ReportChart chart) => "chart-" + chart.Id;
    private static string PlotDivId(ReportChart chart) => "plot-" + chart.Id;
    private static string TableAnchor(ReportTable table) => "table-" + table.Id;
    private static string SectionAnchor(ReportSection section) => "section-" + section.Id;

    /// <summary>Checks everything up front so a bad model fails with a message naming the offending item.</summary>
    internal static void Validate(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        RequireText(model.Title, "Report title");
        ArgumentNullException.ThrowIfNull(model.Subtitle, "model.Subtitle");
        ArgumentNullException.ThrowIfNull(model.Charts, "model.Charts");
        ArgumentNullException.ThrowIfNull(model.Tables, "model.Tables");
        ArgumentNullException.ThrowIfNull(model.Sections, "model.Sections");

        var chartIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chart in model.Charts)
        {
            ArgumentNullException.ThrowIfNull(chart, "chart");
            SafeId.Require(chart.Id, "Chart");
            if (!chartIds.Add(chart.Id))
                throw new ArgumentException($"Chart id \"{chart.Id}\" is used twice.");
            RequireText(chart.Title, $"Title of chart \"{chart.Id}\"");
            ArgumentNullException.ThrowIfNull(chart.Caption, $"Caption of chart \"{chart.Id}\"");
            if (chart.Width is < 100 or > MaxChartWidth)
                throw new ArgumentException($"Chart \"{chart.Id}\" is {chart.Width} px wide; the report fits 100 to {MaxChartWidth} px.");
            if (chart.Height is < 100 or > 2000)
                throw new ArgumentException($"Chart \"{chart.Id}\" is {chart.Height} px high; use 100 to 2000 px.");
            FigureJson.Validate(chart.FigureJson, $"FigureJson of chart \"{chart.Id}\"");
        }

        var tableIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
            ValidateTable(table, tableIds);

        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in model.Sections)
        {
            ArgumentNullException.ThrowIfNull(section, "section");
            SafeId.Require(section.Id, "Section");
            if (!sectionIds.Add(section.Id))
                throw new ArgumentException($"Section id \"{section.Id}\" is used twice.");
            RequireText(section.Title, $"Title of section \"{section.Id}\"");
            ArgumentNullException.ThrowIfNull(section.Paragraphs, $"Paragraphs of section \"{section.Id}\"");
            if (section.Paragraphs.Any(p => p is null))
                throw new ArgumentException($"Section \"{section.Id}\" has a null paragraph.");
            foreach (var table in section.Tables ?? [])
                ValidateTable(table, tableIds);
        }
    }

    private static void ValidateTable(ReportTable table, HashSet<string> tableIds)
    {
        ArgumentNullException.ThrowIfNull(table, "table");
        SafeId.Require(table.Id, "Table");
        if (!tableIds.Add(table.Id))
            throw new ArgumentException($"Table id \"{table.Id}\" is used twice.");
        RequireText(table.Title, $"Title of table \"{table.Id}\"");
        ArgumentNullException.ThrowIfNull(table.Caption, $"Caption of table \"{table.Id}\"");
        if (table.Columns is null || table.Columns.Count == 0 || table.Columns.Any(c => c is null))
            throw new ArgumentException($"Table \"{table.Id}\" needs at least one column and no null column names.");
        ArgumentNullException.ThrowIfNull(table.Rows, $"Rows of table \"{table.Id}\"");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (row is null || row.Count != table.Columns.Count)
                throw new ArgumentException(
                    $"Row {i} of table \"{table.Id}\" has {row?.Count.ToString(CultureInfo.InvariantCulture) ?? "no"} cells; the table has {table.Columns.Count} columns.");
            if (row.Any(c => c is null))
                throw new ArgumentException($"Row {i} of table \"{table.Id}\" has a null cell.");
        }
    }

    private static void RequireText(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException($"{what} is empty.");
    }
}
