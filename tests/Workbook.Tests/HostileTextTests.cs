using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Charts;

namespace Workbook.Tests;

/// <summary>Claims whose text is markup, a formula, a right-to-left override or very long are data like any other: the
/// report, every chart page and an executed notebook show them as text, and nothing in them runs.</summary>
public sealed class HostileTextTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = HostileData.Create();
    private readonly string _out = Path.Combine(Path.GetTempPath(), "workbook-hostile-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var dir in new[] { _data, _out }.Where(Directory.Exists))
            Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Hostile_claim_text_is_shown_as_text_and_never_runs_in_the_report_charts_or_notebook()
    {
        var browser = BrowserLocator.Find();
        if (!browser.Found) Assert.Skip($"Needs a Chromium-family browser. {browser.Message}");

        var export = await InterruptibleCli.RunAsync(TimeSpan.FromMinutes(4), "export", "--formats", "html", "--data", _data, "--out", _out);
        Assert.True(export.ExitCode == 0, export.Stderr);
        var run = await InterruptibleCli.RunAsync(TimeSpan.FromMinutes(6),
            "run", "notebooks/01-claims-overview.dib", "--param", $"dataDir={_data}", "--no-export", "--out", _out);
        Assert.True(run.ExitCode == 0, run.Stderr);

        await using var renderer = await StaticChartRenderer.StartAsync(browser, cancel: TestContext.Current.CancellationToken);
        await AssertInertAsync(renderer, Path.Combine(_out, "report.html"), showsText: true);
        await AssertInertAsync(renderer, Path.Combine(_out, "01-claims-overview.html"), showsText: true);
        var charts = Directory.GetFiles(Path.Combine(_out, ChartExporter.ChartsFolder), "*.html");
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
            await AssertInertAsync(renderer, chart, showsText: Path.GetFileName(chart) == "adoption.html");
    }

    private async Task AssertInertAsync(StaticChartRenderer renderer, string path, bool showsText)
    {
        var name = Path.GetFileName(path);
        await using var page = await renderer.OpenHtmlAsync(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));

        Assert.True("undefined" == await page.EvaluateAsync<string>("() => typeof window.__pwned"), $"{name}: injected script ran");
        Assert.True(0 == await page.EvaluateAsync<int>("() => document.querySelectorAll('img[src=\"x\"], [onerror]').length"), $"{name}: injected element was created");
        Assert.True(page.Activity.IsClean, $"{name}: {page.Activity}");
        if (!showsText) return;

        // Tables show the text in the page; Plotly draws chart labels as SVG text, which innerText leaves out.
        var text = await page.EvaluateAsync<string>("() => document.body.innerText + '\\n' + Array.from(document.querySelectorAll('svg text')).map(t => t.textContent).join('\\n')");
        output.WriteLine($"{name}: {text.Length} characters of text");
        Assert.True(text.Contains(HostileData.Script, StringComparison.Ordinal), $"{name} does not show {HostileData.Script} as text");
    }
}
