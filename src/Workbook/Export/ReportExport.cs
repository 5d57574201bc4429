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
    string? ArticlesDirectory);

/// <summary>Exports the CSV tables, every chart and the report with one browser. Returns the files written so that the
/// caller can list them, with its notebooks, in the manifest. Cancellation stops between files: each file is either its
/// previous version or complete, and the browser is closed on the way out.</summary>
internal static class ReportExport
{
    public static async Task<(int ExitCode, IReadOnlyList<ExportedFile> Files)> RunAsync(ExportRequest request, TextWriter stdout, TextWriter stderr,
        CancellationToken cancel = default)
    {
        WorkbookAnalysis analysis;
        try
        {
            analysis = WorkbookAnalysis.Load(request.DataDirectory);
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

        var location = BrowserLocator.Find(request.BrowserPath);
        if (location.Status == BrowserLocationStatus.ConfiguredPathMissing)
        {
            stderr.WriteLine(location.Message);
            return (1, []);
        }

        cancel.ThrowIfCancellationRequested();
        var files = new List<ExportedFile>(AnalysisTables.Write(request.OutputDirectory, analysis));
        bool wantsStatic = (request.Formats & ChartFormats.Static) != 0;
        var html = ReportBuilder.Build(model);
        var reportHtml = Path.Combine(request.OutputDirectory, "report.html");

        if (location.Found && wantsStatic)
        {
            await using var renderer = await StaticChartRenderer.StartAsync(location, cancel: cancel);
            var result = await ChartExporter.ExportAsync(request.OutputDirectory, exportCharts, request.Formats, renderer, cancel);
            files.AddRange(result.Files);
            cancel.ThrowIfCancellationRequested();
            AtomicFile.WriteAllText(reportHtml, html);
            files.Add(new ExportedFile(Path.GetFullPath(reportHtml), "report.html", OutputKind.ReportHtml));
            if (request.Formats.HasFlag(ChartFormats.Pdf))
            {
                var reportPdf = Path.Combine(request.OutputDirectory, "report.pdf");
                AtomicFile.WriteAllBytes(reportPdf, await renderer.PrintHtmlToPdfAsync(html, cancel: cancel));
                files.Add(new ExportedFile(Path.GetFullPath(reportPdf), "report.pdf", OutputKind.ReportPdf));
            }
        }
        else
        {
            var result = await ChartExporter.ExportAsync(request.OutputDirectory, exportCharts, request.Formats & ~ChartFormats.Static, location, cancel);
            files.AddRange(result.Files);
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

    public static void WriteManifest(string outputDirectory, string dataDirectory, IEnumerable<ExportedFile> files)
    {
        var builder = new ManifestBuilder(outputDirectory, Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!, ToolVersion);
        var inputs = Directory.Exists(dataDirectory) ? Directory.EnumerateFiles(dataDirectory) : [];
        foreach (var input in inputs.Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            builder.AddInput(input);
        foreach (var file in files.DistinctBy(f => f.FullPath))
            builder.AddOutput(file.FullPath, file.Kind);
        builder.Build().WriteTo(outputDirectory);
    }

    public static string ToolVersion =>
        typeof(ReportExport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
