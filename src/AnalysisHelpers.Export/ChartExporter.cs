namespace AnalysisHelpers.Export;

/// <summary>
/// Writes <c>DIR/charts/&lt;id&gt;.html|.json|.svg|.png|.pdf</c> for a batch of charts, each file atomically,
/// with one browser for all static formats.
/// </summary>
public static class ChartExporter
{
    public const string ChartsFolder = "charts";

    /// <summary>PNG pixel density relative to the chart's CSS size.</summary>
    public const double PngScale = 2;

    /// <summary>
    /// Exports the charts, starting a browser only when static formats are requested. When no browser is
    /// installed, HTML and JSON are still written and the result lists the skipped formats with an install hint.
    /// </summary>
    /// <param name="browser">Where the browser is; when null, <see cref="BrowserLocator.Find"/> searches the usual places.</param>
    /// <param name="cancel">Checked before each chart and each static format; files already written stay complete.</param>
    /// <exception cref="BrowserUnavailableException">
    /// A configured browser path does not exist, or a browser was found but failed to start.
    /// </exception>
    public static async Task<ChartExportResult> ExportAsync(
        string outputDirectory, IReadOnlyList<ChartSpec> charts, ChartFormats formats, BrowserLocation? browser = null,
        CancellationToken cancel = default)
    {
        Validate(outputDirectory, charts, formats);
        var staticFormats = formats & ChartFormats.Static;
        if (staticFormats == ChartFormats.None)
            return await ExportCoreAsync(outputDirectory, charts, formats, renderer: null, cancel);

        var location = browser ?? BrowserLocator.Find();
        switch (location.Status)
        {
            case BrowserLocationStatus.ConfiguredPathMissing:
                throw new BrowserUnavailableException(location.Message!);
            case BrowserLocationStatus.NotFound:
                var written = await ExportCoreAsync(outputDirectory, charts, formats & ~ChartFormats.Static, renderer: null, cancel);
                return written with { SkippedFormats = staticFormats, SkipReason = location.Message };
        }

        // Disposal closes the browser on every exit, cancellation included.
        await using var renderer = await StaticChartRenderer.StartAsync(location, cancel: cancel);
        return await ExportCoreAsync(outputDirectory, charts, formats, renderer, cancel);
    }

    /// <summary>
    /// Exports the charts with a renderer the caller already started, e.g. to reuse the same browser for the
    /// report PDF. The renderer stays open.
    /// </summary>
    public static Task<ChartExportResult> ExportAsync(
        string outputDirectory, IReadOnlyList<ChartSpec> charts, ChartFormats formats, StaticChartRenderer renderer,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        Validate(outputDirectory, charts, formats);
        return ExportCoreAsync(outputDirectory, charts, formats, renderer, cancel);
    }

    private static async Task<ChartExportResult> ExportCoreAsync(
        string outputDirectory, IReadOnlyList<ChartSpec> charts, ChartFormats formats, StaticChartRenderer? renderer, CancellationToken cancel)
    {
        var root = Path.GetFullPath(outputDirectory);
        var files = new List<ExportedFile>();

        foreach (var chart in charts)
        {
            // Checked only between whole files, so an interrupted export never leaves one half-written.
            cancel.ThrowIfCancellationRequested();
            try
            {
                if (formats.HasFlag(ChartFormats.Html))
                    files.Add(WriteText(root, chart, "html", OutputKind.ChartHtml, ChartHtml.Render(chart.FigureJson, chart.Title, chart.Caption)));
                if (formats.HasFlag(ChartFormats.Json))
                    files.Add(WriteText(root, chart, "json", OutputKind.FigureJson, chart.FigureJson));
                if (renderer is null)
                    continue;
                if (formats.HasFlag(ChartFormats.Svg))
                    files.Add(WriteBytes(root, chart, "svg", OutputKind.ChartSvg, await renderer.RenderSvgAsync(chart.FigureJson, chart.Width, chart.Height, cancel)));
                if (formats.HasFlag(ChartFormats.Png))
                    files.Add(WriteBytes(root, chart, "png", OutputKind.ChartPng, await renderer.RenderPngAsync(chart.FigureJson, chart.Width, chart.Height, PngScale, cancel)));
                if (formats.HasFlag(ChartFormats.Pdf))
                    files.Add(WriteBytes(root, chart, "pdf", OutputKind.ChartPdf, await renderer.RenderPdfAsync(chart.FigureJson, chart.Width, chart.Height, cancel)));
            }
            catch (Exception e) when (e is ChartRenderException or IOException or UnauthorizedAccessException)
            {
                throw new ChartRenderException($"Exporting chart \"{chart.Id}\" failed: {e.Message}", e);
            }
        }
        return new ChartExportResult(files, ChartFormats.None, null);
    }

    private static ExportedFile WriteText(string root, ChartSpec chart, string extension, string kind, string text)
    {
        var file = Target(root, chart, extension, kind);
        AtomicFile.WriteAllText(file.FullPath, text);
        return file;
    }

    private static ExportedFile WriteBytes(string root, ChartSpec chart, string extension, string kind, byte[] bytes)
    {
        var file = Target(root, chart, extension, kind);
        AtomicFile.WriteAllBytes(file.FullPath, bytes);
        return file;
    }

    private static ExportedFile Target(string root, ChartSpec chart, string extension, string kind)
    {
        var relative = $"{ChartsFolder}/{chart.Id}.{extension}";
        return new ExportedFile(Path.Combine(root, ChartsFolder, $"{chart.Id}.{extension}"), relative, kind);
    }

    /// <summary>Rejects bad input before any file is written or browser started.</summary>
    private static void Validate(string outputDirectory, IReadOnlyList<ChartSpec> charts, ChartFormats formats)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(charts);
        if (formats == ChartFormats.None || (formats & ~ChartFormats.All) != 0)
            throw new ArgumentException($"Formats must be a non-empty combination of {ChartFormats.All}; got {formats}.", nameof(formats));

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chart in charts)
        {
            ArgumentNullException.ThrowIfNull(chart, nameof(charts));
            SafeId.Require(chart.Id, "Chart");
            if (!ids.Add(chart.Id))
                throw new ArgumentException($"Chart id \"{chart.Id}\" appears twice; each chart needs its own files.", nameof(charts));
            if (string.IsNullOrWhiteSpace(chart.Title))
                throw new ArgumentException($"Chart \"{chart.Id}\" has no title.", nameof(charts));
            ArgumentNullException.ThrowIfNull(chart.Caption, $"Caption of chart \"{chart.Id}\"");
            if (chart.Width is < 1 or > 10_000 || chart.Height is < 1 or > 10_000)
                throw new ArgumentException($"Chart \"{chart.Id}\" size {chart.Width}x{chart.Height} is outside 1..10000 px.", nameof(charts));
            FigureJson.Validate(chart.FigureJson, $"FigureJson of chart \"{chart.Id}\"");
        }
    }
}
