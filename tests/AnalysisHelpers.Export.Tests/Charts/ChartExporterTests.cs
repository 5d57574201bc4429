namespace AnalysisHelpers.Export.Tests.Charts;

public sealed class ChartExporterTests(BrowserFixture browser) : IDisposable
{
    private static readonly ChartSpec[] Charts =
    [
        TestFigures.Spec("bars", "Three bars", "Heights 3, 7 and 5.", TestFigures.Bar, 640, 400),
        TestFigures.Spec("bars-small", "Small bars", "", TestFigures.Bar, 320, 200),
    ];

    private static readonly BrowserLocation NoBrowser =
        new(BrowserLocationStatus.NotFound, null, null, "No browser here. " + BrowserLocator.InstallHint);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Without_a_browser_html_and_json_are_written_and_static_formats_reported_as_skipped()
    {
        var result = await ChartExporter.ExportAsync(_folder.Path, Charts, ChartFormats.All, NoBrowser, cancel: TestContext.Current.CancellationToken);

        Assert.Equal(
            ["charts/bars-small.html", "charts/bars-small.json", "charts/bars.html", "charts/bars.json"],
            _folder.Files());
        Assert.Equal(ChartFormats.Static, result.SkippedFormats);
        Assert.Contains("sudo apt-get install chromium", result.SkipReason);
        Assert.Equal(4, result.Files.Count);
        Assert.Equal(TestFigures.Bar, File.ReadAllText(_folder.Combine("charts", "bars.json")));
    }

    [Fact]
    public async Task A_configured_browser_path_that_does_not_exist_stops_the_export_before_writing()
    {
        var missing = new BrowserLocation(BrowserLocationStatus.ConfiguredPathMissing, null, null, "The browser path does not exist: /typo/chrome.");

        var error = await Assert.ThrowsAsync<BrowserUnavailableException>(
            () => ChartExporter.ExportAsync(_folder.Path, Charts, ChartFormats.Png, missing, cancel: TestContext.Current.CancellationToken));

        Assert.Contains("/typo/chrome", error.Message);
        Assert.Empty(_folder.Files());
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("sub/chart")]
    [InlineData("Upper")]
    [InlineData("-leading")]
    [InlineData("")]
    public async Task Chart_ids_that_could_leave_the_folder_or_are_malformed_are_rejected(string id)
    {
        ChartSpec[] charts = [Charts[0] with { Id = id }];

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => ChartExporter.ExportAsync(_folder.Path, charts, ChartFormats.Html, NoBrowser, cancel: TestContext.Current.CancellationToken));

        Assert.Contains(SafeId.Pattern, error.Message);
        Assert.Empty(_folder.Files());
    }

    [Fact]
    public async Task With_a_browser_every_format_is_written_for_every_chart()
    {
        var result = await ChartExporter.ExportAsync(_folder.Path, Charts, ChartFormats.All, browser.Renderer, cancel: TestContext.Current.CancellationToken);

        string[] extensions = ["html", "json", "pdf", "png", "svg"];
        var expected = Charts.SelectMany(c => extensions.Select(e => $"charts/{c.Id}.{e}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, _folder.Files());
        Assert.False(result.SkippedAny);
        Assert.Equal(10, result.Files.Count);
        Assert.All(result.Files, f => Assert.True(new FileInfo(f.FullPath).Length > 0, f.RelativePath));
        Assert.Equal(
            [OutputKind.ChartHtml, OutputKind.FigureJson, OutputKind.ChartSvg, OutputKind.ChartPng, OutputKind.ChartPdf],
            result.Files.Take(5).Select(f => f.Kind));
        Assert.Equal((640, 400), PngHeader.ReadSize(File.ReadAllBytes(_folder.Combine("charts", "bars-small.png"))));
    }

    [Fact]
    public async Task Progress_hears_of_each_chart_after_its_files_are_written()
    {
        var heard = new List<(int Done, int Total, int SvgFiles)>();

        await ChartExporter.ExportAsync(_folder.Path, Charts, ChartFormats.Svg, browser.Renderer, TestContext.Current.CancellationToken,
            (done, total) => heard.Add((done, total, Directory.GetFiles(_folder.Combine("charts"), "*.svg").Length)));

        // In order, once per chart, each call after that chart's SVG is on disk.
        Assert.Equal([(1, 2, 1), (2, 2, 2)], heard);
    }
}
