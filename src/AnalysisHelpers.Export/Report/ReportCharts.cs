using System.Net;
using System.Text.Json.Nodes;
using AnalysisHelpers.Charts;

namespace AnalysisHelpers.Export.Report;

/// <summary>
/// How a workbook chart appears in the report. A chart on its own carries its title at the top and its source line
/// under the plot; in the report both move into the numbered caption, so that no title is printed twice and the
/// source can wrap with the text. The figure is redrawn at the report's width (wider where long row labels leave the
/// plot too little room); one taller than a page is printed smaller to fit on one.
/// </summary>
public static class ReportCharts
{
    /// <summary>Width the report draws a chart at, in CSS pixels, when its row labels leave room for the plot.</summary>
    public const int Width = 720;

    /// <summary>Widest the report draws a chart whose long row labels need more room (a chart's own width).</summary>
    public const int MaxWidth = 960;

    /// <summary>Narrowest plot area, between the row labels and the right margin, before a chart is drawn wider.</summary>
    public const int MinPlotWidth = 380;

    /// <summary>Room the chart's own title takes above the legend (see <see cref="HouseStyle"/>).</summary>
    internal const int TitleSpace = 30;

    /// <summary>Height of one line of the source note under the plot (see <see cref="HouseStyle"/>).</summary>
    internal const int SourceLineHeight = 15;

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

        int left = margin?["l"]?.GetValue<int>() ?? 0, right = margin?["r"]?.GetValue<int>() ?? 0;
        int height = chart.Height - removedTop - removedBottom;
        int width = Width - left - right >= MinPlotWidth ? Width : Math.Min(MaxWidth, left + right + MinPlotWidth);
        // A chart too tall for a page at the column's scale is printed smaller to fit one (rows are never squeezed:
        // labels above a row's bar would run into the next row); its width then costs no legibility, so it keeps the
        // width it was designed at.
        if (height * ReportStyles.PrintZoom(width) > ReportStyles.MaxPrintFigureHeightPx)
            width = Math.Clamp(chart.Width, width, MaxWidth);
        layout["width"] = width;
        layout["height"] = height;
        if (rewriteSource is not null) source = rewriteSource(source);
        return new ReportFigure(chart.Id, chart.Title, chart.Caption, source, figure.ToJsonString(), width, height);
    }
}
