using System.Net;
using System.Text.Json.Nodes;
using AnalysisHelpers.Charts;

namespace AnalysisHelpers.Export.Report;

/// <summary>
/// How a workbook chart appears in the report. A chart on its own carries its title at the top and its source line
/// under the plot; in the report both move into the numbered caption, so that no title is printed twice and the
/// source can wrap with the text. The figure keeps the width it was designed at; print scales it to the page, and
/// one taller than a page smaller still, so that it fits on one.
/// </summary>
public static class ReportCharts
{
    /// <summary>Widest figure the report takes, in CSS pixels: the width the workbook's charts are designed at.</summary>
    public const int MaxWidth = HouseStyle.DefaultWidth;

    /// <summary>Room the chart's own title takes above the legend (see <see cref="HouseStyle"/>).</summary>
    internal const int TitleSpace = 30;

    /// <summary>Height of one line of the source note under the plot (see <see cref="HouseStyle"/>).</summary>
    internal const int SourceLineHeight = 15;

    /// <summary>The least share of its height a tall figure is drawn at to fit the page (see <see cref="ToFigure"/>):
    /// the fact check's 36 rows then sit 26 px apart, still clear of each other at the label font, and print at the
    /// column's width instead of about half its text size.</summary>
    internal const double MinHeightShare = 0.7;

    /// <summary>Every chart's source line starts so (see <see cref="SourceLabels.SourceLine"/>).</summary>
    internal const string SourcePrefix = "Source: ";

    /// <summary>The chart as a report figure; <paramref name="rewriteSource"/> may shorten names in the source note
    /// (long derived-figure ids become their D numbers).</summary>
    public static ReportFigure ToFigure(ChartSpec chart, Func<string, string>? rewriteSource = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JsonNode.Parse(chart.FigureJson)?.AsObject()
            ?? throw new ArgumentException($"Chart \"{chart.Id}\" has no figure JSON.", nameof(chart));
        var layout = figure["layout"] as JsonObject ?? [];
        figure["layout"] = layout;
        var margin = layout["margin"] as JsonObject;

        int removedTop = 0, removedBottom = 0;
        if (layout.Remove("title") && margin is not null)
            removedTop = Math.Min(TitleSpace, Math.Max(0, (margin["t"]?.GetValue<int>() ?? 0) - 24));

        string source = "";
        if (layout["annotations"] is JsonArray annotations)
        {
            var note = annotations.OfType<JsonObject>().FirstOrDefault(a =>
                a["text"]?.GetValue<string>() is { } text && text.StartsWith(SourcePrefix, StringComparison.Ordinal));
            if (note is not null)
            {
                var text = note["text"]!.GetValue<string>();
                annotations.Remove(note);
                var lines = text.Split("<br>");
                source = WebUtility.HtmlDecode(string.Join(" ", lines))[SourcePrefix.Length..];
                removedBottom = lines.Length * SourceLineHeight;
            }
        }
        if (margin is not null)
        {
            if (removedTop > 0) margin["t"] = margin["t"]!.GetValue<int>() - removedTop;
            if (removedBottom > 0) margin["b"] = margin["b"]!.GetValue<int>() - removedBottom;
        }

        // Drawn at the width it was designed for (labels and notes are placed for it); print scales it to the page.
        int width = Math.Min(chart.Width, MaxWidth);
        int height = chart.Height - removedTop - removedBottom;
        // A figure too tall for the page at the column's width would print smaller, text and all; up to a point it is
        // drawn shorter instead (the plot's rows closer together), so that its text prints at the size of the others'.
        double fitsPage = ReportStyles.MaxPrintFigureHeightPx * width / ReportStyles.PrintColumnPx;
        if (height > fitsPage) height = (int)Math.Ceiling(Math.Max(fitsPage, height * MinHeightShare));
        layout["width"] = width;
        layout["height"] = height;
        if (rewriteSource is not null) source = rewriteSource(source);
        return new ReportFigure(chart.Id, chart.Title, chart.Caption, source, figure.ToJsonString(), width, height);
    }
}
