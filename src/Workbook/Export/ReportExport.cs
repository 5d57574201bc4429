using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export;
using AnalysisHelpers.Tables;

namespace Workbook.Export;

internal sealed record ExportRequest(
    string DataDirectory,
    string OutputDirectory,
    ChartFormats Formats,
    bool FormatsExplicit,
    string? BrowserPath,
    string? ArticlesDirectory)
{
    /// <summary>Where the browser is, when the caller has already looked (e.g. before changing the working folder);
    /// otherwise <see cref="BrowserPath"/> and the usual places are searched.</summary>
    public BrowserLocation? Browser { get; init; }

    /// <summary>The data of <see cref="DataDirectory"/>, when the caller has already loaded and validated it.</summary>
    public AnalysisHelpers.Claims.ClaimsDataset? Data { get; init; }
}

/// <summary>Exports the CSV tables, every chart and the report with one browser. Returns the files written so that the
/// caller can list them, with its notebooks, in the manifest. Cancellation stops between files: each file is either its
/// previous version or complete, and the browser is closed on the way out.</summary>
/// <remarks>The browser is started in the background at once when static formats are wanted, and the work that needs
/// none (analysis, tables, report HTML, chart HTML and JSON) is done while it starts. Every path is absolute, so the
/// export may run while notebooks change the working folder.</remarks>
internal static class ReportExport
{
    public static async Task<(int ExitCode, IReadOnlyList<ExportedFile> Files)> RunAsync(ExportRequest request, TextWriter stdout, TextWriter stderr,
        CancellationToken cancel = default)
    {
        var location = Locate(request);
        await using var browser = NeedsBrowser(request, location) ? BackgroundBrowser.Start(location, cancel) : null;
        return await RunAsync(request, location, browser, stdout, stderr, cancel);
    }

    /// <summary>Where the export will look for its browser.</summary>
    public static BrowserLocation Locate(ExportRequest request) => request.Browser ?? BrowserLocator.Find(request.BrowserPath);

    /// <summary>True when the export will start the browser at <paramref name="location"/>.</summary>
    public static bool NeedsBrowser(ExportRequest request, BrowserLocation location) =>
        location.Found && (request.Formats & ChartFormats.Static) != 0;

    /// <summary>The export with a browser the caller started (see <see cref="NeedsBrowser"/>) and will close; null
    /// when none is needed.</summary>
    public static async Task<(int ExitCode, IReadOnlyList<ExportedFile> Files)> RunAsync(ExportRequest request, BrowserLocation location,
        BackgroundBrowser? browser, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        bool wantsStatic = (request.Formats & ChartFormats.Static) != 0;

        WorkbookAnalysis analysis;
        try
        {
            analysis = request.Data is { } data ? WorkbookAnalysis.From(data) : WorkbookAnalysis.Load(request.DataDirectory);
        }
        catch (DataValidationException ex)
        {
            ErrorReport.Write(ex.Errors, stderr);
            return (1, []);
        }

        var charts = analysis.AllCharts();
        int? provenanceProblems = request.ArticlesDirectory is { } articles && Directory.Exists(articles)
            ? AnalysisHelpers.Provenance.ProvenanceCheck.Check(analysis.Data, articles).Count
            : null;
        var extras = new ReportExtras(provenanceProblems, ReportSections.Extra(analysis));
        var model = ReportContent.Build(analysis, charts, extras);
        var exportCharts = charts.Select(ReportContent.ToExportChart).ToList();
        Directory.CreateDirectory(request.OutputDirectory);
        PhaseTimes.Mark("export: analysis, charts, report model");

        if (location.Status == BrowserLocationStatus.ConfiguredPathMissing)
        {
            stderr.WriteLine(location.Message);
            return (1, []);
        }

        cancel.ThrowIfCancellationRequested();
        var files = new List<ExportedFile>(AnalysisTables.Write(request.OutputDirectory, analysis));
        var html = ReportBuilder.Build(model);
        var reportHtml = Path.Combine(request.OutputDirectory, "report.html");
        PhaseTimes.Mark("export: tables, report html");

        // Chart HTML and JSON need no browser: written while it starts.
        var withoutBrowser = request.Formats & ~ChartFormats.Static;
        if (withoutBrowser != ChartFormats.None)
            files.AddRange((await ChartExporter.ExportAsync(request.OutputDirectory, exportCharts, withoutBrowser, location, cancel)).Files);
        PhaseTimes.Mark("export: chart html, json");

        if (browser is not null)
        {
            var renderer = await browser.GetAsync();
            PhaseTimes.Mark("export: wait for browser");
            var result = await ChartExporter.ExportAsync(request.OutputDirectory, exportCharts, request.Formats & ChartFormats.Static, renderer, cancel);
            files.AddRange(result.Files);
            PhaseTimes.Mark("export: chart svg, png, pdf");
            cancel.ThrowIfCancellationRequested();
            AtomicFile.WriteAllText(reportHtml, html);
            files.Add(new ExportedFile(Path.GetFullPath(reportHtml), "report.html", OutputKind.ReportHtml));
            if (request.Formats.HasFlag(ChartFormats.Pdf))
            {
                var reportPdf = Path.Combine(request.OutputDirectory, "report.pdf");
                AtomicFile.WriteAllBytes(reportPdf, await renderer.PrintHtmlToPdfAsync(html, cancel: cancel));
                files.Add(new ExportedFile(Path.GetFullPath(reportPdf), "report.pdf", OutputKind.ReportPdf));
            }
            PhaseTimes.Mark("export: report html, pdf");
        }
        else
        {
            cancel.ThrowIfCancellationRequested();
            AtomicFile.WriteAllText(reportHtml, html);
            files.Add(new ExportedFile(Path.GetFullPath(reportHtml), "report.html", OutputKind.ReportHtml));
            if (wantsStatic)
            {
                var message = $"Static formats (SVG, PNG, PDF) were not exported: {location.Message}";
                stderr.WriteLine(message);
                if (request.FormatsExplicit)
                    return (1, files);
            }
        }

        stdout.WriteLine($"Exported {charts.Count} charts, the report and {AnalysisTables.Folder}/*.csv to {request.OutputDirectory}");
        return (0, files);
    }

    /// <param name="parameters">Per executed notebook (by name), the parameter values injected into it; recorded under
    /// <c>parameters</c>, as papermill records them in the executed notebook.</param>
    public static void WriteManifest(string outputDirectory, string dataDirectory, IEnumerable<ExportedFile> files,
        IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>>? parameters = null)
    {
        var builder = new ManifestBuilder(outputDirectory, Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!, ToolVersion);
        var inputs = Directory.Exists(dataDirectory) ? Directory.EnumerateFiles(dataDirectory) : [];
        foreach (var input in inputs.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            builder.AddInput(input);
        foreach (var file in files.DistinctBy(f => f.FullPath))
            builder.AddOutput(file.FullPath, file.Kind);
        var manifest = builder.Build();
        if (parameters is not { Count: > 0 })
        {
            manifest.WriteTo(outputDirectory);
            return;
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(manifest.ToJson())!.AsObject();
        var byNotebook = new System.Text.Json.Nodes.JsonObject();
        foreach (var (notebook, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var entry = new System.Text.Json.Nodes.JsonObject();
            foreach (var (name, value) in values)
            {
                entry[name] = value switch
                {
                    bool b => System.Text.Json.Nodes.JsonValue.Create(b),
                    int i => System.Text.Json.Nodes.JsonValue.Create(i),
                    double d => System.Text.Json.Nodes.JsonValue.Create(d),
                    _ => System.Text.Json.Nodes.JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
                };
            }
            byNotebook[notebook] = entry;
        }

        json["parameters"] = byNotebook;
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, Manifest.FileName),
            json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static string ToolVersion =>
        typeof(ReportExport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
