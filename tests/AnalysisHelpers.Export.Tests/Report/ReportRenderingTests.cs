using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests.Report;

public sealed class ReportRenderingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_figure_is_drawn_at_its_size_without_network_requests_or_console_errors()
    {
        var model = TestReports.Sample();
        await using var page = await browser.Renderer.OpenHtmlAsync(ReportHtml.Build(model), cancel: TestContext.Current.CancellationToken);

        foreach (var figure in model.Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>())
        {
            var size = await page.EvaluateAsync<int[]>(
                $"() => {{ const r = document.querySelector('#{ReportHtml.PlotId(figure.Id)} .main-svg').getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }}");
            Assert.Equal([figure.Width, figure.Height], size);
        }
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }

    [Fact]
    public async Task Printed_figures_show_no_plotly_buttons()
    {
        await using var page = await browser.Renderer.OpenHtmlAsync(ReportHtml.Build(TestReports.Sample()), cancel: TestContext.Current.CancellationToken);
        await page.Page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);

        var shown = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('.modebar-container')).map(e => getComputedStyle(e).display)");
        Assert.NotEmpty(shown);
        Assert.All(shown, display => Assert.Equal("none", display));
    }

    [Fact]
    public async Task Hostile_text_renders_as_text_and_never_runs()
    {
        await using var page = await browser.Renderer.OpenHtmlAsync(ReportHtml.Build(TestReports.Sample()), cancel: TestContext.Current.CancellationToken);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('main img').length"));
        var cells = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('td')).map(td => td.textContent)");
        Assert.Single(cells, c => c == TestReports.HostileCell);
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }

    [Fact]
    public async Task The_report_prints_on_a4_with_a_landscape_page_for_its_wide_table()
    {
        var pdf = await browser.Renderer.PrintHtmlToPdfAsync(ReportHtml.Build(TestReports.Sample()), PdfPageOptions.PageCss, TestContext.Current.CancellationToken);
        var text = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", text);
        // A4 is 210 x 297 mm, about 595 x 842 pt; Chromium rounds through CSS pixels.
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+59[4-6](\.\d+)?\s+84[1-3](\.\d+)?\s*\]", text);
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+84[1-3](\.\d+)?\s+59[4-6](\.\d+)?\s*\]", text);
    }

    [Fact]
    public async Task Screenshot_covers_the_full_page_at_the_requested_width()
    {
        var png = await browser.Renderer.ScreenshotHtmlAsync(ReportHtml.Build(TestReports.Sample()), 1000);

        var (width, height) = PngHeader.ReadSize(png);
        Assert.Equal(1000, width);
        Assert.True(height > 1200, $"Full-page screenshot is only {height} px high.");
    }

    [Fact]
    public async Task A_plot_that_failed_to_draw_is_reported_with_its_id_and_error()
    {
        var html = $"<!DOCTYPE html><html><body><div id=\"plot-x\" {PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Failed}\" " +
                   $"{PlotlyEmbed.ErrorAttribute}=\"bad trace\"></div></body></html>";

        var error = await Assert.ThrowsAsync<ChartRenderException>(() => browser.Renderer.OpenHtmlAsync(html, cancel: TestContext.Current.CancellationToken));

        Assert.Contains("plot-x: bad trace", error.Message);
    }

    [Fact]
    public async Task A_page_without_plotly_marks_its_plot_failed_and_says_so()
    {
        var html = "<!DOCTYPE html><html><body>" + PlotlyEmbed.Html("plot-y", TestFigures.Bar) + "</body></html>";

        var error = await Assert.ThrowsAsync<ChartRenderException>(() => browser.Renderer.OpenHtmlAsync(html, cancel: TestContext.Current.CancellationToken));

        Assert.Contains("plot-y: plotly.js is not loaded on this page", error.Message);
    }
}
