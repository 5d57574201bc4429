using System.CommandLine;
using AnalysisHelpers.Export.Files;
using Workbook.Export;
using Workbook.Notebooks;
using Workbook.Output;

namespace Workbook.Commands;

/// <summary><c>workbook run</c>: reruns notebooks headlessly into executed .ipynb and .html, then exports every chart
/// and the report. Exit code 1 when any notebook fails; the other notebooks still run.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<FileInfo[]>("notebook") { Description = "Notebooks to run (default: every .dib under notebooks/)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder (default: reports)" };
        var parameters = new Option<string[]>("--param") { Description = "Override a parameters-cell value: NAME=VALUE (repeatable)", AllowMultipleArgumentsPerToken = false };
        var timeout = new Option<double>("--timeout") { Description = "Per-cell timeout in seconds (default: 300)", DefaultValueFactory = _ => 300 };
        var noCode = new Option<bool>("--no-code") { Description = "Hide code cells in the HTML pages" };
        var formats = new Option<string>("--formats") { Description = "Chart formats to export: html,svg,png,pdf (default: all)" };
        var noExport = new Option<bool>("--no-export") { Description = "Only run the notebooks; skip the chart and report export" };
        var data = new Option<DirectoryInfo>("--data") { Description = "Data folder for the export (default: data)" };
        var browser = new Option<FileInfo>("--browser") { Description = "Chromium, Chrome or Edge executable" };
        var force = new Option<bool>("--force") { Description = "Rerun even when nothing changed since the last successful run" };
        var command = new Command("run", "Rerun notebooks and export the charts and report.") { notebooks, output, parameters, timeout, noCode, formats, noExport, data, browser, force };

        command.SetAction(async (parse, cancel) =>
        {
            if (!ParameterList.TryParse(parse.GetValue(parameters) ?? [], out var values, out var paramError))
            {
                Console.Error.WriteLine(paramError);
                return 1;
            }
            if (!FormatList.TryParse(parse.GetValue(formats), out var chosen, out var formatError))
            {
                Console.Error.WriteLine(formatError);
                return 1;
            }
            var seconds = parse.GetValue(timeout);
            if (!(seconds > 0) || double.IsInfinity(seconds))
            {
                Console.Error.WriteLine("--timeout must be a positive number of seconds");
                return 1;
            }

            var outDir = parse.GetValue(output)?.FullName ?? WorkbookPaths.DefaultReportsDirectory();
            var dataDir = parse.GetValue(data)?.FullName ?? WorkbookPaths.DefaultDataDirectory();
            var named = parse.GetValue(notebooks) ?? [];
            var paths = named.Length > 0 ? named.Select(f => f.FullName).ToList() : DefaultNotebooks();
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                foreach (var m in missing) Console.Error.WriteLine($"{m}: notebook not found");
                return 1;
            }
            if (paths.Count == 0)
            {
                Console.Error.WriteLine($"No notebooks found in {WorkbookPaths.DefaultNotebooksDirectory()}");
                return 1;
            }

            var articlesDir = WorkbookPaths.DefaultArticlesDirectory();
            var inputs = new ProjectInputs(dataDir, articlesDir, paths);
            if (!NotebookOutputNames.Check(paths, Console.Error)) return 1;
            // Before anything runs: a folder that cannot take the outputs is found now, not after the notebooks.
            if (!OutputFolder.Check(outDir, inputs, Console.Error)) return 1;

            var cacheKey = RunCache.ComputeKey(paths, dataDir, articlesDir, string.Join("\n",
                "formats=" + chosen, "explicit=" + (parse.GetValue(formats) is not null), "noCode=" + parse.GetValue(noCode),
                "noExport=" + parse.GetValue(noExport), "timeout=" + seconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                "browser=" + parse.GetValue(browser)?.FullName, "articles=" + articlesDir,
                "params=" + string.Join(";", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))));
            if (!parse.GetValue(force) && RunCache.IsFresh(outDir, cacheKey))
            {
                Console.WriteLine($"Nothing changed since the last run; the outputs in {outDir} are up to date (use --force to rerun).");
                return 0;
            }

            PhaseTimes.Mark("options, cache check");
            // The kernel process is the notebooks' critical path: it starts first, before the browser and the data check.
            await using var runner = NotebookBatch.StartRunner(paths);
            // The browser takes seconds to start: it starts now, in the background, and is closed on every way out.
            var exportRequest = parse.GetValue(noExport) ? null : new ExportRequest(dataDir, outDir, chosen, parse.GetValue(formats) is not null,
                parse.GetValue(browser)?.FullName, WorkbookPaths.DefaultArticlesDirectory());
            var location = exportRequest is null ? null : ReportExport.Locate(exportRequest);
            await using var exportBrowser = exportRequest is not null && ReportExport.NeedsBrowser(exportRequest, location!)
                ? BackgroundBrowser.Start(location!, cancel)
                : null;

            // Bad data would fail every notebook and the report; say so once, before anything is written.
            AnalysisHelpers.Claims.ClaimsDataset? checkedData = null;
            if (exportRequest is not null && (checkedData = DataGate.TryLoad(dataDir, Console.Error)) is null) return 1;
            PhaseTimes.Mark("data check");

            // From here on the folder is this command's alone, and what it writes appears at the commit or not at all.
            using var session = OutputSession.Open(outDir, Console.Error);
            if (session is null) return 1;
            var snapshot = InputSnapshot.Take(inputs);
            RunCache.Forget(outDir);
            try
            {
                return await RunLockedAsync();
            }
            catch (Exception e) when (OutputWriteException.Within(e) is { } failure)
            {
                Console.Error.WriteLine(OutputSession.WriteFailed(failure));
                return 1;
            }

            async Task<int> RunLockedAsync()
            {
                var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
                var defaults = new Dictionary<string, string>();
                if (parse.GetValue(data) is { } chosenData) defaults["dataDir"] = chosenData.FullName;
                if (parse.GetValue(output) is not null) defaults["outputDir"] = outDir;
                var batch = new NotebookBatchRequest(paths, outDir, values, TimeSpan.FromSeconds(seconds), parse.GetValue(noCode), interactive, defaults);

                // The export does not depend on the notebooks (it reads the data, already checked above, itself), so it
                // runs alongside them: its browser starts and its files are written while the notebooks run. It writes
                // only inside --out, which the notebooks' write guard allows, and uses absolute paths only (the notebooks
                // change the working folder). Its messages are held back and printed after the notebooks', in the order a
                // sequential run prints them.
                using var stopExport = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var exportOut = new StringWriter();
                var exportErr = new StringWriter();
                Task<(int ExitCode, IReadOnlyList<ExportedFile> Files)>? export = null;
                if (exportRequest is not null)
                {
                    var request = exportRequest with { Browser = location, Data = checkedData };
                    export = Task.Run(() => ReportExport.RunAsync(request, location!, exportBrowser, exportOut, exportErr, stopExport.Token), CancellationToken.None);
                }

                bool ok;
                IReadOnlyList<ExportedFile> notebookFiles;
                IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>> injectedParameters;
                try
                {
                    (ok, notebookFiles, injectedParameters) = await NotebookBatch.RunAsync(batch, Console.Out, Console.Error, cancel, runner);
                }
                catch
                {
                    // Interrupted, or an unexpected failure: stop the export too and let it close its browser first.
                    await stopExport.CancelAsync();
                    if (export is not null)
                    {
                        try { await export; } catch (Exception) { }
                    }
                    throw;
                }
                PhaseTimes.Mark("notebooks");

                var files = new List<ExportedFile>(notebookFiles);
                int exportCode = 0;
                if (export is not null)
                {
                    try
                    {
                        var (code, exported) = await export;
                        exportCode = code;
                        files.AddRange(exported);
                    }
                    finally
                    {
                        Console.Out.Write(exportOut.ToString());
                        Console.Error.Write(exportErr.ToString());
                    }
                    PhaseTimes.Mark("export (after the notebooks)");
                }
                // The browser closes while the manifest is written; `await using` waits for it before the command ends.
                var closing = exportBrowser?.DisposeAsync().AsTask() ?? Task.CompletedTask;
                // Outputs made while an input changed describe neither its old nor its new content: none is kept.
                if (!snapshot.Unchanged(inputs, Console.Error))
                {
                    await closing;
                    return 1;
                }
                // A failed notebook still replaces its .failed pages and keeps its last good ones, so the files are
                // committed either way; the manifest lists every output then in the folder.
                if (files.Count > 0) ReportExport.WriteManifest(outDir, dataDir, files, injectedParameters);
                session.Commit();
                PhaseTimes.Mark("manifest, commit");
                if (!ok || exportCode != 0)
                {
                    await closing;
                    return 1;
                }
                RunCache.Record(outDir, cacheKey, files.Select(f => f.FullPath).Append(Path.Combine(outDir, Manifest.FileName)));
                await closing;
                return 0;
            }
        });
        return command;
    }

    private static List<string> DefaultNotebooks()
    {
        var dir = WorkbookPaths.DefaultNotebooksDirectory();
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.dib", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
