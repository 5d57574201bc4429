using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Export.Report;
using AnalysisHelpers.Export.Report.Content;
using AnalysisHelpers.Export.Tables;
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

    /// <summary>Where the export says how far it is (charts n of N, the report).</summary>
    public Progress.RunProgress Progress { get; init; } = Workbook.Progress.RunProgress.None;

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
        bool haveArticles = request.ArticlesDirectory is { } articles && Directory.Exists(articles);
        int? provenanceProblems = haveArticles ? AnalysisHelpers.Provenance.ProvenanceCheck.Check(analysis.Data, request.ArticlesDirectory!).Count : null;
        var coverage = haveArticles
            ? CoverageSummary.Of(AnalysisHelpers.Provenance.CoverageCheck.Check(analysis.Data, request.ArticlesDirectory!),                 analysis.Data.Sources.Count(s => File.Exists(Path.Combine(request.ArticlesDirectory!, s.FileName))))
            : null;
        var context = new ReportContext(DateOnly.FromDateTime(DateTime.UtcNow), BuildVersion, DataFingerprint.Of(analysis.Data.Directory),
            provenanceProblems, coverage);
        var model = ReportContent.Build(analysis, charts, context);
        Directory.CreateDirectory(request.OutputDirectory);
        PhaseTimes.Mark("export: analysis, charts, report model");

        if (location.Status == BrowserLocationStatus.ConfiguredPathMissing)
        {
            stderr.WriteLine(location.Message);
            return (1, []);
        }

        cancel.ThrowIfCancellationRequested();
        var files = new List<ExportedFile>(AnalysisTables.Write(request.OutputDirectory, analysis));
        var html = ReportHtml.Build(model);
        PhaseTimes.Mark("export: tables, report html");

        // Chart HTML and JSON need no browser: written while it starts.
        var withoutBrowser = request.Formats & ~ChartFormats.Static;
        if (withoutBrowser != ChartFormats.None)
            files.AddRange((await ChartExporter.ExportAsync(request.OutputDirectory, charts, withoutBrowser, location, cancel)).Files);
        PhaseTimes.Mark("export: chart html, json");

        if (browser is not null)
        {
            try
            {
                await ExportStaticAsync(request, charts, html, browser, files, cancel);
            }
            catch (Exception e) when (e is BrowserUnavailableException or ChartRenderException && e.InnerException is not (IOException or UnauthorizedAccessException))
            {
                // A browser that cannot start, dies or hangs is one line naming the chart and the browser; every file
                // written so far is complete and listed.
                stderr.WriteLine(e.Message);
                return (1, files);
            }
        }
        else
        {
            cancel.ThrowIfCancellationRequested();
            files.Add(ReportFiles.WriteHtml(request.OutputDirectory, html));
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

    private static async Task ExportStaticAsync(ExportRequest request, IReadOnlyList<AnalysisHelpers.Charts.ChartSpec> charts, string html,
        BackgroundBrowser browser, List<ExportedFile> files, CancellationToken cancel)
    {
        var renderer = await browser.GetAsync();
        PhaseTimes.Mark("export: wait for browser");
        var result = await ChartExporter.ExportAsync(request.OutputDirectory, charts, request.Formats & ChartFormats.Static, renderer, cancel,
            request.Progress.ChartDrawn);
        files.AddRange(result.Files);
        PhaseTimes.Mark("export: chart svg, png, pdf");
        cancel.ThrowIfCancellationRequested();
        request.Progress.ReportStarted();
        files.Add(ReportFiles.WriteHtml(request.OutputDirectory, html));
        if (request.Formats.HasFlag(ChartFormats.Pdf))
            files.Add(await ReportFiles.WritePdfAsync(request.OutputDirectory, html, renderer, cancel));
        PhaseTimes.Mark("export: report html, pdf");
    }

    /// <summary>Writes manifest.json describing every output then in the folder: <paramref name="files"/>, written by
    /// this command, and the outputs the previous manifest listed that are still there (a failed notebook's last good
    /// pages, the notebooks not run this time), each hashed again so that no size or sha256 is stale. Inside an
    /// <see cref="OutputTransaction"/> each file is hashed as it will be after the commit.</summary>
    /// <param name="parameters">Per executed notebook (by name), the parameter values injected into it; recorded under
    /// <c>parameters</c>, as papermill records them in the executed notebook. Those recorded for notebooks not run this
    /// time stay while their pages do.</param>
    public static void WriteManifest(string outputDirectory, string dataDirectory, IEnumerable<ExportedFile> files,
        IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>>? parameters = null)
    {
        var builder = new ManifestBuilder(outputDirectory, Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!, ToolVersion);
        var inputs = Directory.Exists(dataDirectory) ? Directory.EnumerateFiles(dataDirectory) : [];
        foreach (var input in inputs.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            builder.AddInput(input);
        var written = files.DistinctBy(f => Path.GetFullPath(f.FullPath)).ToList();
        foreach (var file in written)
            builder.AddOutput(file.FullPath, file.Kind);
        var previous = PreviousManifest.Read(outputDirectory);
        var listed = written.Select(f => Path.GetFullPath(f.FullPath)).ToHashSet(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in previous.Outputs)
        {
            if (output?.Path is null || output.Kind is null) continue;
            var full = Path.GetFullPath(Path.Combine(outputDirectory, output.Path));
            if (!listed.Add(full) || output.Path == Manifest.FileName) continue;
            if (OutputTransaction.ContentPath(full) is not { } content || !File.Exists(content)) continue;
            try
            {
                builder.AddOutput(full, output.Kind);
                kept.Add(output.Path);
            }
            catch (ArgumentException)
            {
                // A path outside the folder in a hand-edited manifest: not an output of this folder.
            }
        }
        var manifest = builder.Build();

        var byNotebook = new System.Text.Json.Nodes.JsonObject();
        foreach (var (notebook, values) in previous.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (parameters?.ContainsKey(notebook) != true && kept.Contains(notebook + ".ipynb"))
                byNotebook[notebook] = values?.DeepClone();
        foreach (var (notebook, values) in (parameters ?? new Dictionary<string, IReadOnlyList<KeyValuePair<string, object>>>()).OrderBy(p => p.Key, StringComparer.Ordinal))
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
        if (byNotebook.Count == 0)
        {
            manifest.WriteTo(outputDirectory);
            return;
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(manifest.ToJson())!.AsObject();
        json["parameters"] = new System.Text.Json.Nodes.JsonObject(byNotebook.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, Manifest.FileName),
            json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>The version and, when the build knows it, the commit it was built from: "1.0.0 (commit 4d9aace)".</summary>
    public static string BuildVersion
    {
        get
        {
            var info = typeof(ReportExport).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion;
            var plus = info?.IndexOf('+') ?? -1;
            return plus > 0 && info!.Length > plus + 7 ? $"{ToolVersion} (commit {info.Substring(plus + 1, 7)})" : ToolVersion;
        }
    }

    public static string ToolVersion =>
        typeof(ReportExport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
