using AnalysisHelpers.Charts;
using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Web;

namespace AnalysisHelpers.Export.Charts;

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
    /// <param name="chartDone">Called with (charts done, charts in all) after each chart's files are written, for
    /// progress.</param>
    public static Task<ChartExportResult> ExportAsync(
        string outputDirectory, IReadOnlyList<ChartSpec> charts, ChartFormats formats, StaticChartRenderer renderer,
        CancellationToken cancel = default, Action<int, int>? chartDone = null)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        Validate(outputDirectory, charts, formats);
        return ExportCoreAsync(outputDirectory, charts, formats, renderer, cancel, chartDone);
    }

    private static async Task<ChartExportResult> ExportCoreAsync(
        string outputDirectory, IReadOnlyList<ChartSpec> charts, ChartFormats formats, StaticChartRenderer? renderer, CancellationToken cancel,
        Action<int, int>? chartDone = null)
    {
        var root = Path.GetFullPath(outputDirectory);
        var files = new List<ExportedFile>();
        var staticFormats = renderer is null ? ChartFormats.None : formats & ChartFormats.Static;

        // Each chart is drawn once for all its static formats. The next chart's drawing is started before this
        // chart's files are written, so the browser draws while this thread encodes and writes.
        Task<RenderedChart>? next = staticFormats == ChartFormats.None || charts.Count == 0 ? null : Render(charts[0]);
        try
        {
            for (var i = 0; i < charts.Count; i++)
            {
                var chart = charts[i];
                // Checked only between whole files, so an interrupted export never leaves one half-written.
                cancel.ThrowIfCancellationRequested();
                try
                {
                    if (formats.HasFlag(ChartFormats.Html))
                    {
                        var file = Target(root, chart, "html", OutputKind.ChartHtml);
                        ChartHtml.Write(file.FullPath, chart.FigureJson, chart.Title, chart.Caption);
                        files.Add(file);
                    }
                    if (formats.HasFlag(ChartFormats.Json))
                        files.Add(WriteText(root, chart, "json", OutputKind.FigureJson, chart.FigureJson));
                    if (next is null)
                        continue;

                    var rendered = await next;
                    next = i + 1 < charts.Count ? Render(charts[i + 1]) : null;
                    if (rendered.Svg is { } svg)
                    {
                        cancel.ThrowIfCancellationRequested();
                        files.Add(WriteBytes(root, chart, "svg", OutputKind.ChartSvg, svg));
                    }
                    if (rendered.Png is { } png)
                    {
                        cancel.ThrowIfCancellationRequested();
                        files.Add(WriteBytes(root, chart, "png", OutputKind.ChartPng, png));
                    }
                    if (rendered.Pdf is { } pdf)
                    {
                        cancel.ThrowIfCancellationRequested();
                        files.Add(WriteBytes(root, chart, "pdf", OutputKind.ChartPdf, pdf));
                    }
                    chartDone?.Invoke(i + 1, charts.Count);
                }
                catch (Exception e) when (e is ChartRenderException or IOException or UnauthorizedAccessException)
                {
                    throw new ChartRenderException($"Exporting chart \"{chart.Id}\" failed: {e.Message}", e);
                }
            }
        }
        finally
        {
            // A drawing started for a chart that is no longer written (an earlier chart failed, or the export was
            // cancelled) must still finish before the caller may close the browser; its outcome no longer matters.
            if (next is not null)
            {
                try
                {
                    await next;
                }
                catch (Exception)
                {
                }
            }
        }
        return new ChartExportResult(files, ChartFormats.None, null);

        Task<RenderedChart> Render(ChartSpec chart) =>
            renderer!.RenderValidatedAsync(chart.FigureJson, chart.Width, chart.Height, staticFormats, PngScale, cancel);
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
