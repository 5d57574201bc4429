using AnalysisHelpers.Notebooks.Running;
using System.Globalization;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;
using Workbook.Export;
using Workbook.Notebooks;
using Workbook.Output;
using Workbook.Progress;

namespace Workbook.Run;

/// <summary>What was decided before anything runs: the notebooks, the folders, the cache key and, unless --no-export,
/// the export.</summary>
internal sealed record RunPlan(
    IReadOnlyList<string> Notebooks,
    string OutputDirectory,
    string DataDirectory,
    ProjectInputs Inputs,
    string CacheKey,
    ExportRequest? Export);

/// <summary><c>workbook run</c> as a plain pipeline: <see cref="Plan"/> refuses what cannot run before anything is
/// touched (missing notebooks, clashing pages, an output folder that cannot take the outputs); a run whose inputs and
/// options are those of the last successful one is skipped; otherwise the browser starts in the background, the data
/// is checked once, and the notebooks run while the charts and report are exported, all into one output session that is
/// committed at the end (or not at all). Returns the exit code: 0, or 1 when anything failed.</summary>
internal sealed class RunPipeline
{
    private readonly RunOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly RunProgress _progress;

    public RunPipeline(RunOptions options, TextWriter stdout, TextWriter stderr, RunProgress? progress = null)
    {
        _options = options;
        _progress = progress ?? RunProgress.None;
        _stdout = _progress.Messages(stdout);
        _stderr = _progress.Messages(stderr);
    }

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        try
        {
            var plan = Plan();
            if (plan is null) return 1;
            if (!_options.Force && RunCache.IsFresh(plan.OutputDirectory, plan.CacheKey))
            {
                _stdout.WriteLine($"Nothing changed since the last run; the outputs in {plan.OutputDirectory} are up to date (use --force to rerun).");
                return 0;
            }
            PhaseTimes.Mark("options, cache check");
            return await _progress.ShowWhileAsync(() => RunPlannedAsync(plan, cancel));
        }
        finally
        {
            _stdout.Flush();
            _stderr.Flush();
        }
    }

    /// <summary>The run's notebooks, folders and cache key, or null after writing why it cannot run.</summary>
    internal RunPlan? Plan()
    {
        var outDir = Path.GetFullPath(_options.OutputDirectory ?? WorkbookPaths.DefaultReportsDirectory());
        var dataDir = Path.GetFullPath(_options.DataDirectory ?? WorkbookPaths.DefaultDataDirectory());
        var paths = _options.Notebooks.Count > 0 ? _options.Notebooks.Select(Path.GetFullPath).ToList() : DefaultNotebooks();
        var missing = paths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            foreach (var m in missing) _stderr.WriteLine($"{m}: notebook not found");
            return null;
        }
        if (paths.Count == 0)
        {
            _stderr.WriteLine($"No notebooks found in {WorkbookPaths.DefaultNotebooksDirectory()}");
            return null;
        }

        var articlesDir = WorkbookPaths.DefaultArticlesDirectory();
        var inputs = new ProjectInputs(dataDir, articlesDir, paths);
        if (!NotebookOutputNames.Check(paths, _stderr)) return null;
        // Before anything runs: a folder that cannot take the outputs is found now, not after the notebooks.
        if (!OutputFolder.Check(outDir, inputs, _stderr)) return null;

        var export = _options.NoExport ? null : new ExportRequest(dataDir, outDir, _options.Formats ?? ChartFormats.All,
            _options.Formats is not null, _options.BrowserPath is { } browser ? Path.GetFullPath(browser) : null, articlesDir);
        var key = RunCache.ComputeKey(paths, dataDir, articlesDir, CacheOptions(_options, articlesDir));
        return new RunPlan(paths, outDir, dataDir, inputs, key, export);
    }

    /// <summary>The options as the cache key sees them: every one that changes an output, --param in name order (the
    /// order they were given in changes nothing), --force not at all.</summary>
    internal static string CacheOptions(RunOptions options, string? articlesDirectory) => string.Join("\n",
        "formats=" + (options.Formats ?? ChartFormats.All), "explicit=" + (options.Formats is not null), "noCode=" + options.HideCode,
        "noExport=" + options.NoExport, "timeout=" + options.Timeout.TotalSeconds.ToString("R", CultureInfo.InvariantCulture),
        "browser=" + (options.BrowserPath is { } browser ? Path.GetFullPath(browser) : null), "articles=" + articlesDirectory,
        "params=" + string.Join(";", options.ParameterValues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));

    /// <summary>Values the notebooks' parameters cells get unless --param says otherwise: the folders the user chose, so
    /// that a notebook reads the data and writes where the command was told to. A folder left to its default is not
    /// passed: the notebook's own default (the same folder, relative to the notebook) stays.</summary>
    internal static Dictionary<string, string> NotebookDefaults(RunOptions options, string outputDirectory)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.DataDirectory is { } data) defaults["dataDir"] = Path.GetFullPath(data);
        if (options.OutputDirectory is not null) defaults["outputDir"] = outputDirectory;
        return defaults;
    }

    private async Task<int> RunPlannedAsync(RunPlan plan, CancellationToken cancel)
    {
        // The kernel process is the notebooks' critical path: it starts first, before the browser and the data check.
        await using var runner = NotebookBatch.StartRunner(plan.Notebooks);
        // The browser takes seconds to start: it starts now, in the background, and is closed on every way out.
        var location = plan.Export is null ? null : ReportExport.Locate(plan.Export);
        await using var browser = plan.Export is not null && ReportExport.NeedsBrowser(plan.Export, location!)
            ? BackgroundBrowser.Start(location!, cancel, _progress)
            : null;

        // Bad data would fail every notebook and the report; say so once, before anything is written.
        AnalysisHelpers.Claims.ClaimsDataset? checkedData = null;
        if (plan.Export is not null && (checkedData = DataGate.TryLoad(plan.DataDirectory, _stderr)) is null) return 1;
        PhaseTimes.Mark("data check");

        // From here on the folder is this command's alone, and what it writes appears at the commit or not at all.
        using var session = OutputSession.Open(plan.OutputDirectory, _stderr);
        if (session is null) return 1;
        var snapshot = InputSnapshot.Take(plan.Inputs);
        RunCache.Forget(plan.OutputDirectory);
        try
        {
            var export = plan.Export is null ? null : plan.Export with { Browser = location, Data = checkedData, Progress = _progress };
            return await RunLockedAsync(plan, export, browser, runner, session, snapshot, cancel);
        }
        catch (Exception e) when (OutputWriteException.Within(e) is { } failure)
        {
            _stderr.WriteLine(OutputSession.WriteFailed(failure));
            return 1;
        }
    }

    private async Task<int> RunLockedAsync(RunPlan plan, ExportRequest? exportRequest, BackgroundBrowser? browser, NotebookRunner runner, OutputSession session,
        InputSnapshot snapshot, CancellationToken cancel)
    {
        var batch = new NotebookBatchRequest(plan.Notebooks, plan.OutputDirectory, _options.ParameterValues, _options.Timeout, _options.HideCode,
            NotebookDefaults(_options, plan.OutputDirectory)) { Progress = _progress };

        // The export does not depend on the notebooks (it reads the data, already checked, itself), so it runs alongside
        // them: its browser starts and its files are written while the notebooks run. It writes only inside --out, which
        // the notebooks' write guard allows, and uses absolute paths only (the notebooks change the working folder). Its
        // messages are held back and printed after the notebooks', in the order a sequential run prints them.
        using var stopExport = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var exportOut = new StringWriter();
        var exportErr = new StringWriter();
        Task<(int ExitCode, IReadOnlyList<ExportedFile> Files)>? export = null;
        if (exportRequest is not null)
        {
            _progress.ExportStarted();
            export = Task.Run(async () =>
            {
                try
                {
                    return await ReportExport.RunAsync(exportRequest, exportRequest.Browser!, browser, exportOut, exportErr, stopExport.Token);
                }
                finally
                {
                    _progress.ExportDone();
                }
            }, CancellationToken.None);
        }

        bool ok;
        IReadOnlyList<ExportedFile> notebookFiles;
        IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>> injectedParameters;
        try
        {
            (ok, notebookFiles, injectedParameters) = await NotebookBatch.RunAsync(batch, _stdout, _stderr, cancel, runner);
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
                _stdout.Write(exportOut.ToString());
                _stderr.Write(exportErr.ToString());
            }
            PhaseTimes.Mark("export (after the notebooks)");
        }
        // The browser closes while the manifest is written; `await using` waits for it before the command ends.
        var closing = browser?.DisposeAsync().AsTask() ?? Task.CompletedTask;
        // Outputs made while an input changed describe neither its old nor its new content: none is kept.
        if (!snapshot.Unchanged(plan.Inputs, _stderr))
        {
            await closing;
            return 1;
        }
        // A failed notebook still replaces its .failed pages and keeps its last good ones, so the files are committed
        // either way; the manifest lists every output then in the folder.
        if (files.Count > 0) ReportExport.WriteManifest(plan.OutputDirectory, plan.DataDirectory, files, injectedParameters);
        session.Commit();
        PhaseTimes.Mark("manifest, commit");
        if (!ok || exportCode != 0)
        {
            await closing;
            return 1;
        }
        RunCache.Record(plan.OutputDirectory, plan.CacheKey, files.Select(f => f.FullPath).Append(Path.Combine(plan.OutputDirectory, Manifest.FileName)));
        await closing;
        return 0;
    }

    private static List<string> DefaultNotebooks()
    {
        var dir = WorkbookPaths.DefaultNotebooksDirectory();
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.dib", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
