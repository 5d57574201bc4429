using System.CommandLine;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;
using Workbook.Commands.Values;
using Workbook.Export;
using Workbook.Output;
using Workbook.Progress;

namespace Workbook.Commands;

/// <summary><c>workbook export</c>: every chart in html/svg/png/pdf plus figure JSON, the report in html and pdf, the
/// analysis as CSV tables, and a manifest, without running the notebooks. Ctrl+C or SIGTERM stops it between
/// files.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder (default: data)", HelpName = "DIR" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (default: reports)", HelpName = "DIR" };
        var formats = FormatsOption.Create("Chart formats, comma-separated (default: all; figure JSON is always written)");
        var browser = new Option<FileInfo>("--browser") { Description = "Chromium, Chrome or Edge executable (default: $WORKBOOK_BROWSER, then common install paths)", HelpName = "PATH" };
        var command = new Command("export", "Export every chart and the report.") { data, output, formats, browser };
        command.SetAction(async (parse, cancel) =>
        {
            var progress = RunProgress.Choose(Console.Out);
            var stdout = progress.Messages(Console.Out);
            var stderr = progress.Messages(Console.Error);
            try
            {
                return await progress.ShowWhileAsync(() => ExportAsync(parse, progress, stdout, stderr, cancel));
            }
            finally
            {
                stdout.Flush();
                stderr.Flush();
            }
        });
        return command;

        async Task<int> ExportAsync(ParseResult parse, RunProgress progress, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
        {
            var dataDir = parse.GetValue(data)?.FullName ?? WorkbookPaths.DefaultDataDirectory();
            var outDir = parse.GetValue(output)?.FullName ?? WorkbookPaths.DefaultReportsDirectory();
            var request = new ExportRequest(dataDir, outDir, parse.GetValue(formats) ?? ChartFormats.All, parse.GetValue(formats) is not null,
                parse.GetValue(browser)?.FullName, WorkbookPaths.DefaultArticlesDirectory());
            var inputs = new ProjectInputs(dataDir, request.ArticlesDirectory, []);
            if (!OutputFolder.Check(outDir, inputs, stderr)) return 1;
            var location = ReportExport.Locate(request);
            // Started at once, in the background, while the data is loaded and the tables and HTML are written.
            await using var renderer = ReportExport.NeedsBrowser(request, location) ? BackgroundBrowser.Start(location, cancel, progress) : null;
            // Bad data is reported before the folder is touched.
            var checkedData = DataGate.TryLoad(dataDir, stderr);
            if (checkedData is null) return 1;
            using var session = OutputSession.Open(outDir, stderr);
            if (session is null) return 1;
            var snapshot = InputSnapshot.Take(inputs);
            try
            {
                progress.ExportStarted();
                int code;
                IReadOnlyList<ExportedFile> files;
                try
                {
                    (code, files) = await ReportExport.RunAsync(request with { Data = checkedData, Progress = progress }, location, renderer, stdout, stderr, cancel);
                }
                finally
                {
                    progress.ExportDone();
                }
                // The browser closes while the manifest is written.
                var closing = renderer?.DisposeAsync().AsTask() ?? Task.CompletedTask;
                if (!snapshot.Unchanged(inputs, stderr))
                {
                    await closing;
                    return 1;
                }
                if (files.Count > 0) ReportExport.WriteManifest(outDir, dataDir, files);
                session.Commit();
                await closing;
                return code;
            }
            catch (Exception e) when (OutputWriteException.Within(e) is { } failure)
            {
                stderr.WriteLine(OutputSession.WriteFailed(failure));
                return 1;
            }
        }
    }
}
