using System.Text.RegularExpressions;

namespace AnalysisHelpers.Export.Tests.Charts;

public sealed class ChartHtmlTests(BrowserFixture browser)
{
    private const string HostileTitle = "Title " + TestFigures.Hostile + " </script>";

    [Fact]
    public void Page_inlines_plotly_and_needs_no_network()
    {
        var html = ChartHtml.Render(TestFigures.Bar, "Bars", "A caption");

        Assert.Contains(PlotlyJs.Source, html);
        Assert.DoesNotMatch(new Regex(@"<script[^>]*\ssrc=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hostile_title_caption_and_trace_name_cannot_open_or_close_script_elements()
    {
        var html = ChartHtml.Render(TestFigures.HostileBar, HostileTitle, "Caption " + TestFigures.Hostile);

        // Exactly the two scripts the page owns: plotly.js and the plot bootstrap.
        Assert.Equal(2, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(2, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Hostile_text_shows_literally_in_the_browser_and_runs_nothing()
    {
        var html = ChartHtml.Render(TestFigures.HostileBar, HostileTitle, "Caption " + TestFigures.Hostile);
        await using var page = await browser.Renderer.OpenHtmlAsync(html, cancel: TestContext.Current.CancellationToken);
        var dialogs = 0;
        page.Page.Dialog += (_, _) => dialogs++;

        Assert.Equal(HostileTitle, await page.EvaluateAsync<string>("() => document.title"));
        // The figure shows its own title; the page does not repeat it as a heading.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('h1').length"));
        Assert.Equal("Caption " + TestFigures.Hostile, await page.EvaluateAsync<string>("() => document.querySelector('.caption').textContent"));
        Assert.Equal(2, await page.EvaluateAsync<int>("() => document.scripts.length"));
        var legend = await page.EvaluateAsync<string>("() => document.querySelector('.legendtext').textContent");
        Assert.Equal("</script><script>alert(1)</script>", legend);
        Assert.Equal(0, dialogs);
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }

    [Fact]
    public async Task Chart_page_draws_its_plot_in_the_browser()
    {
        await using var page = await browser.Renderer.OpenHtmlAsync(ChartHtml.Render(TestFigures.Bar, "Bars", ""), cancel: TestContext.Current.CancellationToken);

        Assert.Equal(3, await page.EvaluateAsync<int>("() => document.querySelectorAll('#chart .point').length"));
        Assert.True(page.Activity.IsClean, page.Activity.ToString());
    }
}
