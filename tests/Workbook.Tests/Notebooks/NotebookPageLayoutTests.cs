using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Notebooks.Writers;

namespace Workbook.Tests.Notebooks;

/// <summary>An executed notebook page in Chromium: a DataFrame wider than the page's column scrolls inside its output
/// and the page itself never runs off its right edge.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookPageLayoutTests
{
    [Fact]
    public async Task A_wide_claims_table_scrolls_inside_its_output_and_every_column_can_be_reached()
    {
        var browser = BrowserLocator.Find();
        if (!browser.Found) Assert.Skip($"Needs a Chromium-family browser. {browser.Message}");
        var result = await NotebookRuns.RunAsync("02-cost-comparison");
        NotebookRuns.AssertRanClean(result);

        await using var renderer = await StaticChartRenderer.StartAsync(browser, cancel: TestContext.Current.CancellationToken);
        await using var page = await renderer.OpenHtmlAsync(NotebookHtmlWriter.Write(result, plotlyJs: PlotlyJs.Source), 1000, 800, TestContext.Current.CancellationToken);

        var layout = await page.EvaluateAsync<double[]>("""
            () => {
              const table = document.querySelector('table.analysis-frame');
              const box = table.parentElement;
              const before = box.getBoundingClientRect();
              box.scrollLeft = box.scrollWidth;
              const last = table.querySelector('thead th:last-child').getBoundingClientRect();
              return [document.documentElement.scrollWidth, window.innerWidth, box.scrollWidth, box.clientWidth,
                      getComputedStyle(box).overflowX === 'auto' ? 1 : 0, last.right, before.right];
            }
            """);
        Assert.True(layout[0] <= layout[1], $"The page is {layout[0]} px wide in a {layout[1]} px window.");
        Assert.True(layout[2] > layout[3], $"The claims table ({layout[2]} px) should be wider than its output ({layout[3]} px) at this width.");
        Assert.Equal(1, layout[4]);
        Assert.True(layout[5] <= layout[6] + 1, $"Scrolled to the end, the last column ends at {layout[5]} px, past the output's edge at {layout[6]} px.");
        // A cell without spaces (an id, a slug like deepseek-impact-china-ai-industry) stays on one line.
        var wrapped = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll('table.analysis-frame td')).filter(td => !/\s/.test(td.textContent.trim()) && td.textContent.trim().length > 0)
              .filter(td => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1; })
              .map(td => td.textContent)
            """);
        Assert.True(wrapped.Length == 0, "Cells broken across lines: " + string.Join(", ", wrapped));
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }
}
