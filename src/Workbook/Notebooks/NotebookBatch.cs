using System.Diagnostics;
using AnalysisHelpers.Export.Charts;
using AnalysisHelpers.Export.Files;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Engine;
using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Parameters;
using AnalysisHelpers.Notebooks.Running;
using AnalysisHelpers.Notebooks.Writers;
using Workbook.Progress;

namespace Workbook.Notebooks;

internal sealed record NotebookBatchRequest(
    IReadOnlyList<string> Notebooks,
    string OutputDirectory,
    IReadOnlyDictionary<string, string> Parameters,
    TimeSpan CellTimeout,
    bool HideCode,
    IReadOnlyDictionary<string, string>? Defaults = null)
{
    public RunProgress Progress { get; init; } = RunProgress.None;
}

/// <summary>Runs notebooks one after another and writes each one's executed .ipynb and .html. A failing notebook stops
/// at its failing cell and the others still run. Its outputs so far go to <c>name.failed.ipynb</c> and
/// <c>name.failed.html</c>, so the last good <c>name.ipynb</c> and <c>name.html</c> stay in place.</summary>
internal static class NotebookBatch
{
    public const string FailedSuffix = ".failed";

    public static async Task<(bool AllSucceeded, IReadOnlyList<ExportedFile> Files, IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, object>>> Parameters)> RunAsync(
        NotebookBatchRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancel, NotebookRunner? warmRunner = null)
    {
        var injected = new SortedDictionary<string, IReadOnlyList<KeyValuePair<string, object>>>(StringComparer.Ordinal);
        // The notebooks run in kernel processes of the workbook's own (this program, `workbook kernel stdio`); a caller
        // may have started the first one already (StartRunner) and then disposes the runner itself.
        await using var ownRunner = warmRunner is null ? new NotebookRunner(KernelLaunch.Workbook(), request.Notebooks.Count) : null;
        var runner = warmRunner ?? ownRunner!;
        var files = new List<ExportedFile>();
        bool allSucceeded = true;

        var notebooks = new List<Notebook>();
        foreach (var path in request.Notebooks)
        {
            try
            {
                notebooks.Add(DibParser.ParseFile(path));
            }
            catch (Exception e) when (e is DibFormatException or IOException)
            {
                stderr.WriteLine(e.Message);
                allSucceeded = false;
            }
        }
        if (!CheckParameters(notebooks, request.Parameters, stderr)) return (false, files, injected);
        Directory.CreateDirectory(request.OutputDirectory);
        // The first kernel process starts while the first notebook is read (unless StartRunner started it earlier).
        var warmUp = notebooks.Count > 0 ? runner.WarmUpAsync(notebooks[0].Directory, cancellationToken: cancel) : Task.CompletedTask;

        // A notebook's .ipynb and .html are written while the next notebook runs (in order, one notebook at a time):
        // the kernel process is then never idle waiting for them. Every write is awaited before this method returns,
        // on every way out, so the caller's commit or rollback never races one.
        var writes = Task.CompletedTask;
        try
        {
            for (int index = 0; index < notebooks.Count; index++)
            {
                var notebook = notebooks[index];
                cancel.ThrowIfCancellationRequested();
                var name = Path.GetFileNameWithoutExtension(notebook.Path);
                var clock = Stopwatch.StartNew();
                request.Progress.NotebookStarted(name, index + 1, notebooks.Count, DibCells(notebook.Cells));
                var options = new NotebookRunOptions
                {
                    CellTimeout = request.CellTimeout,
                    Parameters = ParametersFor(notebook, request),
                    Progress = Progress(request.Progress, name),
                    WriteGuard = ProjectWriteGuard.For(notebook, request.OutputDirectory),
                };

                NotebookRunResult result;
                try
                {
                    await warmUp;
                    result = await runner.RunAsync(notebook, options, cancel);
                }
                catch (Exception e) when (e is NotebookParameterException or KernelStartException)
                {
                    request.Progress.NotebookFinished(name, index + 1, notebooks.Count);
                    stderr.WriteLine(Relative(e is KernelStartException ? $"{notebook.Path}: {e.Message}" : e.Message));
                    allSucceeded = false;
                    warmUp = Task.CompletedTask;
                    continue;
                }
                request.Progress.NotebookFinished(name, index + 1, notebooks.Count);
                PhaseTimes.Note($"{name} (cells, settle)", clock.Elapsed);

                var stem = result.Succeeded ? name : name + FailedSuffix;
                if (result.Parameters.Count > 0) injected[stem] = result.Parameters;
                var ipynb = Path.Combine(request.OutputDirectory, stem + ".ipynb");
                var html = Path.Combine(request.OutputDirectory, stem + ".html");
                writes = WriteAfterAsync(writes, result, ipynb, html, request.HideCode,
                    result.Succeeded ? [Path.Combine(request.OutputDirectory, name + FailedSuffix + ".ipynb"), Path.Combine(request.OutputDirectory, name + FailedSuffix + ".html")] : []);
                files.Add(new ExportedFile(Path.GetFullPath(ipynb), stem + ".ipynb", OutputKind.NotebookIpynb));
                files.Add(new ExportedFile(Path.GetFullPath(html), stem + ".html", OutputKind.NotebookHtml));

                if (result.Succeeded)
                {
                    stdout.WriteLine($"{name}: {DibCells(result.Cells.Select(c => c.Cell))} cells ran in {result.Elapsed.TotalSeconds:0.0} s");
                }
                else
                {
                    allSucceeded = false;
                    stderr.WriteLine(Relative(result.Failure!.ToString()));
                    stderr.WriteLine($"  outputs so far: {Relative(html)}");
                }
            }
        }
        catch
        {
            // Interrupted or failed: the writes under way finish first; the error that stopped the loop is the one reported.
            await writes.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        // A write that failed fails the run, as it did when each notebook's outputs were written before the next one ran.
        await writes;
        return (allSucceeded, files, injected);
    }

    /// <summary>Writes a notebook's outputs once the writes before them are done. A notebook that ran clean makes its
    /// last failure report obsolete (<paramref name="obsolete"/>, deleted).</summary>
    private static Task WriteAfterAsync(Task before, NotebookRunResult result, string ipynb, string html, bool hideCode, IReadOnlyList<string> obsolete) =>
        before.ContinueWith(previous =>
        {
            previous.GetAwaiter().GetResult();
            var clock = Stopwatch.StartNew();
            AtomicFile.WriteAllText(ipynb, IpynbWriter.Write(result));
            AtomicFile.WriteAllText(html, NotebookHtmlWriter.Write(result, hideCode, PlotlyJs.Source));
            foreach (var path in obsolete) AtomicFile.Delete(path);
            PhaseTimes.Note($"{Path.GetFileNameWithoutExtension(ipynb)} writes", clock.Elapsed);
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>A runner whose first kernel process starts now, in the background, in the folder of the first notebook:
    /// the process start and Roslyn's first compilation then overlap the data check and the browser's start instead of
    /// following them (bench/README.md). The caller disposes it, which ends the process on every way out.</summary>
    public static NotebookRunner StartRunner(IReadOnlyList<string> notebooks)
    {
        var runner = new NotebookRunner(KernelLaunch.Workbook(), notebooks.Count);
        if (notebooks.Count > 0)
        {
            var warmUp = runner.WarmUpAsync(Path.GetDirectoryName(Path.GetFullPath(notebooks[0]))!);
            // Observed here; a start that failed is reported by the first notebook, which tries again.
            _ = warmUp.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }

        return runner;
    }

    /// <summary>A --param must be declared by at least one of the notebooks being run; each notebook gets only the
    /// parameters it declares, so one command can run notebooks with different parameter cells.</summary>
    private static bool CheckParameters(IReadOnlyList<Notebook> notebooks, IReadOnlyDictionary<string, string> parameters, TextWriter stderr)
    {
        var declared = notebooks.SelectMany(NotebookParameters.Declared).ToHashSet(StringComparer.Ordinal);
        var unknown = parameters.Keys.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in unknown)
            stderr.WriteLine($"--param {name}: no notebook being run declares it (declared: {(declared.Count == 0 ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal)))})");
        return unknown.Count == 0;
    }

    /// <summary>Cells as the .dib numbers them, markdown included, as the runner's progress and failure messages count
    /// them ("cell 3"); a cell the runner adds for --param values is not one.</summary>
    private static int DibCells(IEnumerable<NotebookCell> cells) => cells.Count(c => c.SourceCellNumber is null);

    private static Action<CellProgress> Progress(RunProgress progress, string name) => p =>
    {
        progress.CellDone(name, p.CellNumber, p.CellCount);
        if (PhaseTimes.Enabled && p.Kind == CellKind.CSharp) PhaseTimes.Note($"{name} cell {p.CellNumber}", p.CellElapsed);
    };

    private static Dictionary<string, string> ParametersFor(Notebook notebook, NotebookBatchRequest request)
    {
        var declared = NotebookParameters.Declared(notebook);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Defaults ?? new Dictionary<string, string>())
            if (declared.Contains(name)) values[name] = value;
        foreach (var (name, value) in request.Parameters)
            if (declared.Contains(name)) values[name] = value;
        return values;
    }

    private static string Relative(string message)
    {
        var cwd = Environment.CurrentDirectory + Path.DirectorySeparatorChar;
        return message.Replace(cwd, "", StringComparison.Ordinal);
    }
}
