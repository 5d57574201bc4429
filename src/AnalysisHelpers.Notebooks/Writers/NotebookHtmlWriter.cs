using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Parameters;
using AnalysisHelpers.Notebooks.Running;

namespace AnalysisHelpers.Notebooks.Writers;

/// <summary>
/// Writes an executed notebook as one standalone, offline HTML page: markdown rendered, code and outputs shown.
/// The page refers to no external resource; script libraries it needs (Plotly) are inlined by the caller.
/// </summary>
public static partial class NotebookHtmlWriter
{
    /// <param name="result">The executed notebook.</param>
    /// <param name="hideCode">Leave out the source of code cells (outputs are still shown).</param>
    /// <param name="plotlyJs">Script text of plotly.js, inlined once in the page head for outputs that call <c>Plotly.newPlot</c>.</param>
    public static string Write(NotebookRunResult result, bool hideCode = false, string? plotlyJs = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var notebook = result.Notebook;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(notebook.Name)).Append("</title>\n")
            .Append("<style>\n").Append(NotebookHtmlStyles.Css).Append("\n</style>\n");
        if (plotlyJs is not null) html.Append(HtmlScript.Element(plotlyJs)).Append('\n');
        html.Append("</head>\n<body>\n<main>\n");

        // No run time in the page: re-running an unchanged notebook gives an unchanged page.
        html.Append("<p class=\"notebook-header\">").Append(HtmlText.Escape(Path.GetFileName(notebook.Path))).Append("</p>\n");
        if (result.Failure is { } failure)
        {
            html.Append("<div class=\"run-failure\">").Append(HtmlText.Escape($"This notebook stopped at cell {failure.CellNumber} (line {failure.Line}): {failure.Message}")).Append("</div>\n");
        }

        foreach (var cell in result.Cells) AppendCell(html, cell, hideCode);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCell(StringBuilder html, CellRunResult result, bool hideCode)
    {
        var cell = result.Cell;
        if (cell.Kind == CellKind.Markdown)
        {
            html.Append("<section class=\"cell markdown\">\n").Append(MarkdownRenderer.ToHtml(cell.Source)).Append("</section>\n");
            return;
        }

        var classes = result.Status == CellRunStatus.NotRun ? "cell code not-run" : "cell code";
        var injected = cell.Tags.Contains(NotebookParameters.InjectedTag, StringComparer.Ordinal);
        if (injected) classes += " " + NotebookParameters.InjectedTag;
        html.Append("<section class=\"").Append(classes).Append("\">\n");
        if (!hideCode)
        {
            var prompt = result.ExecutionCount is { } count ? $"[{count.ToString(CultureInfo.InvariantCulture)}]" : "[ ]";
            html.Append("<div class=\"prompt\">").Append(prompt).Append(result.Status == CellRunStatus.NotRun ? " not run" : "").Append(injected ? " injected parameters" : "").Append("</div>\n")
                .Append("<pre class=\"source\"><code>").Append(HtmlText.Escape(cell.Source)).Append("</code></pre>\n");
        }

        if (result.Outputs.Count > 0)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (var output in result.Outputs) AppendOutput(html, output);
            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder html, CellOutput output)
    {
        switch (output)
        {
            case DisplayDataOutput display:
                AppendBundle(html, display.Data);
                break;
            case ExecuteResultOutput result:
                AppendBundle(html, result.Data);
                break;
            case StreamOutput stream:
                html.Append("<pre class=\"stream ").Append(HtmlText.Escape(stream.Name)).Append("\">")
                    .Append(HtmlText.Escape(stream.Text)).Append("</pre>\n");
                break;
            case ErrorOutput error:
                // The traceback already starts with the error's name and message where there is one.
                var text = error.Traceback.Count > 0 ? string.Join('\n', error.Traceback) : $"{error.EName}: {error.EValue}";
                html.Append("<pre class=\"error\">").Append(HtmlText.Escape(text)).Append("</pre>\n");
                break;
            default:
                throw new ArgumentException($"unknown output type {output.GetType().Name}", nameof(output));
        }
    }

    /// <summary>The richest representation the page can show: our formatters' HTML, an image, or escaped text.</summary>
    private static void AppendBundle(StringBuilder html, IReadOnlyDictionary<string, string> data)
    {
        if (data.TryGetValue("text/html", out var markup))
        {
            html.Append("<div class=\"output-html\">").Append(markup).Append("</div>\n");
        }
        else if (data.TryGetValue("image/png", out var png))
        {
            html.Append("<img alt=\"output\" src=\"data:image/png;base64,").Append(HtmlText.Escape(png.Trim())).Append("\">\n");
        }
        else if (data.TryGetValue("text/markdown", out var markdown))
        {
            html.Append("<div class=\"output-markdown markdown\">").Append(MarkdownRenderer.ToHtml(markdown)).Append("</div>\n");
        }
        else
        {
            html.Append("<pre class=\"output-text\">").Append(HtmlText.Escape(data.GetValueOrDefault("text/plain", ""))).Append("</pre>\n");
        }
    }
}
