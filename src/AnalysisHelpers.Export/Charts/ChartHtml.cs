using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Export.Charts;

/// <summary>A self-contained, offline HTML page showing one Plotly figure.</summary>
public static class ChartHtml
{
    private const string PlotDivId = "chart";

    /// <summary>
    /// Renders a page with plotly.js inlined, the chart and the caption below it. The title names the page; the
    /// figure shows it itself, so the page does not repeat it as a heading.
    /// </summary>
    /// <param name="figureJson">Plotly figure JSON: {"data":[...],"layout":{...},"config":{...}}.</param>
    /// <param name="title">Plain text; escaped.</param>
    /// <param name="caption">Plain text; escaped. Empty for none.</param>
    public static string Render(string figureJson, string title, string caption)
    {
        var (before, after) = RenderParts(figureJson, title, caption);
        return before + PlotlyJs.ScriptElement + after;
    }

    /// <summary>Writes the page of <see cref="Render"/> atomically to <paramref name="path"/>, with the plotly.js
    /// bundle copied from its UTF-8 bytes encoded once per process.</summary>
    internal static void Write(string path, string figureJson, string title, string caption)
    {
        var (before, after) = RenderParts(figureJson, title, caption);
        AtomicFile.WriteAllText(path, before, ScriptElementUtf8.Value, after);
    }

    private static readonly Lazy<ReadOnlyMemory<byte>> ScriptElementUtf8 =
        new(() => new System.Text.UTF8Encoding(false, true).GetBytes(PlotlyJs.ScriptElement));

    /// <summary>The page before and after the inlined <see cref="PlotlyJs.ScriptElement"/>.</summary>
    private static (string Before, string After) RenderParts(string figureJson, string title, string caption)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(caption);
        var plot = PlotlyEmbed.Html(PlotDivId, figureJson);
        var captionHtml = caption.Length == 0 ? string.Empty : $"<p class=\"caption\">{HtmlText.Escape(caption)}</p>\n";

        var before = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{HtmlText.Escape(title)}}</title>
            <style>
            body { margin: 0 auto; max-width: 1100px; padding: 16px 24px; color: #1f2328;
                   font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
            .plotly-figure { width: 100%; min-height: 420px; }
            .caption { color: #57606a; font-size: 0.9rem; line-height: 1.45; margin-top: 8px; }
            </style>

            """;
        var after = $$"""

            </head>
            <body>
            {{plot}}
            {{captionHtml}}
            </body>
            </html>

            """;
        return (before, after);
    }
}
