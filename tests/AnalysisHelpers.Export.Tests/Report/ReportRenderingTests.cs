using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests;

public sealed class ReportRenderingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_chart_is_drawn_without_network_requests_or_console_errors()
    {
        var model = TestReports.Sample();
        await using var page = await browser.Renderer.OpenHtmlAsync(ReportBuilder.Build(model));

        foreach (var chart in model.Charts)
        {
            var svgLayers = await page.EvaluateAsync<int>($"() => document.querySelectorAll('#plot-{chart.Id} .main-svg').length");
            Assert.True(svgLayers >= 1, $"Chart {chart.Id} has no .main-svg.");
            var size = await page.EvaluateAsync<int[]>(
                $"() => {{ const r = document.querySelector('#plot-{chart.Id} .main-svg').getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }}");
            Assert.Equal([chart.Width, chart.Height], size);
        }
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }

    [Fact]
    public async Task Hostile_table_cells_render_as_text_and_never_run()
    {
        await using var page = await browser.Renderer.OpenHtmlAsync(ReportBuilder.Build(TestReports.Sample()));

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main img').length"));
        var cells = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('td')).map(td => td.textContent)");
        Assert.Equal(2, cells.Count(c => c == TestReports.HostileCell));
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }

    [Fact]
    public async Task Report_prints_to_a_multi_page_a4_pdf()
    {
        var pdf = await browser.Renderer.PrintHtmlToPdfAsync(ReportBuilder.Build(TestReports.Sample()));
        var text = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", text);
        Assert.True(Regex.Matches(text, @"/Type\s*/Page(?![a-zA-Z])").Count >= 2, "Two charts and four tables should not fit one A4 page.");
        // A4 is 210 x 297 mm, about 595 x 842 pt; Chromium rounds through CSS pixels.
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+59[4-6](\.\d+)?\s+84[1-3](\.\d+)?\s*\]", text);
    }

    [Fact]
    public async Task Screenshot_covers_the_full_page_at_the_requested_width()
    {
        var png = await browser.Renderer.ScreenshotHtmlAsync(ReportBuilder.Build(TestReports.Sample()), 1000);

        var (width, height) = PngHeader.ReadSize(png);
        Assert.Equal(1000, width);
        Assert.True(height > 1200, $"Full-page screenshot is only {height} px high.");
    }

    [Fact]
    public async Task A_plot_that_failed_to_draw_is_reported_with_its_id_and_error()
    {
        var html = $"<!DOCTYPE html><html><body><div id=\"plot-x\" {PlotMarkup.StateAttribute}=\"{PlotMarkup.Failed}\" " +
                   $"{PlotMarkup.ErrorAttribute}=\"bad trace\"></div></body></html>";

        var error = await Assert.ThrowsAsync<ChartRenderException>(() => browser.Renderer.OpenHtmlAsync(html));

        Assert.Contains("plot-x: bad trace", error.Message);
    }
}
