using AnalysisHelpers.Formatting;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Kernel.Tests;

/// <summary>Every notebook, cell by cell, through <c>workbook kernel stdio</c> as VS Code runs it.</summary>
public sealed class StdioNotebookTests
{
    [Theory]
    [MemberData(nameof(NotebookCells.Names), MemberType = typeof(NotebookCells))]
    public async Task Every_cell_of_the_notebook_succeeds_and_charts_come_as_plotly_figures_with_offline_html(string name)
    {
        var (connector, kernel) = await WorkbookStdio.ConnectAsync(RepoPaths.Notebooks);
        using var _ = connector;
        using var __ = kernel;
        var displays = new List<DisplayEvent>();
        var cells = NotebookCells.Code(Path.Combine(RepoPaths.Notebooks, name + ".dib"));
        for (var i = 0; i < cells.Count; i++)
        {
            var result = await kernel.SubmitAsync(cells[i]);
            WorkbookStdio.AssertSucceeded(result, $"{name} code cell {i + 1}");
            displays.AddRange(result.Events.OfType<DisplayEvent>());
        }

        var charts = displays.Where(d => d.FormattedValues.Any(v => v.MimeType == ChartMime.PlotlyMimeType)).ToList();
        var htmlCharts = displays.Where(d => d.FormattedValues.Any(v => v.MimeType == "text/html" && v.Value.Contains("Plotly.newPlot", StringComparison.Ordinal))).ToList();
        // Every notebook but the provenance tables draws a chart; each chart is a figure beside its HTML.
        Assert.Equal(htmlCharts, charts);
        if (name.StartsWith("01", StringComparison.Ordinal) || charts.Count > 0)
        {
            Assert.NotEmpty(charts);
            var html = charts.Select(c => c.FormattedValues.Single(v => v.MimeType == "text/html").Value).ToList();
            // plotly.js comes with the first chart of the session only, inline: no network.
            Assert.Contains("<script>", html[0][..200], StringComparison.Ordinal);
            Assert.True(html[0].Length > 1_000_000, "the first chart carries plotly.js");
            Assert.All(html.Skip(1), h => Assert.True(h.Length < 1_000_000, "later charts do not"));
            // Nothing is fetched: no script element with a source, no loader configuration pointing at a CDN.
            Assert.All(html, h => Assert.DoesNotContain("<script src=", h, StringComparison.OrdinalIgnoreCase));
            Assert.All(html, h => Assert.DoesNotContain("require.config", h, StringComparison.Ordinal));
            Assert.All(charts, c => System.Text.Json.JsonDocument.Parse(c.FormattedValues.Single(v => v.MimeType == ChartMime.PlotlyMimeType).Value).Dispose());
        }
    }
}
