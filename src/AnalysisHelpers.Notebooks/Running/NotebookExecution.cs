using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace AnalysisHelpers.Notebooks;

/// <summary>One run of one notebook: its script state, references, execution count and outputs.</summary>
internal sealed class NotebookExecution(
    Notebook notebook,
    string notebookDirectory,
    IReadOnlyDictionary<int, PreparedCell> prepared,
    NotebookRunOptions options,
    PackageCatalog packages,
    MimeBundleFactory mimeBundles)
{
    private readonly ScriptSourceMap sourceMap = new(notebook.Path, notebookDirectory);
    private readonly NotebookGlobals globals = new();
    private readonly List<string> packageSources = [];
    private ScriptOptions scriptOptions = ScriptEnvironment.BaseOptions;
    private ScriptState<object>? state;
    private int executionCount;

    public async Task<NotebookRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var results = new List<CellRunResult>();
        CellFailure? failure = null;
        using var writes = WriteWatch.Start(options.WriteGuard, FirstCodeCell());
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (failure is not null)
            {
                results.Add(new CellRunResult(i + 1, cell, CellRunStatus.NotRun, null, [], TimeSpan.Zero));
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            CellRunResult result;
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    result = new CellRunResult(i + 1, cell, CellRunStatus.NotCode, null, [], TimeSpan.Zero);
                    break;
                case CellKind.CSharp:
                    writes?.EnterCell(i + 1);
                    (result, failure) = await RunCodeCellAsync(prepared[i]).ConfigureAwait(false);
                    break;
                default:
                    var report = FailureReports.UnsupportedKernel(notebook.Path, i + 1, cell);
                    failure = report.Failure;
                    result = new CellRunResult(i + 1, cell, CellRunStatus.Failed, null, [report.Output], watch.Elapsed);
                    break;
            }

            results.Add(result);
            if (failure is null && writes?.Failure(notebook) is { } wrote) failure = FailCell(results, wrote);
            options.Progress?.Invoke(new CellProgress(
                notebook.Path, i + 1, notebook.Cells.Count, cell.Kind, results[i].Status, result.Elapsed, total.Elapsed));
        }

        if (failure is null && writes is not null)
        {
            // Changes made by the last cells may still be on their way from the operating system.
            await Task.Delay(writes.SettleTime, cancellationToken).ConfigureAwait(false);
            if (writes.Failure(notebook) is { } late) failure = FailCell(results, late);
        }

        return new NotebookRunResult(notebook, results, failure, total.Elapsed, packageSources);
    }

    private int FirstCodeCell()
    {
        for (var i = 0; i < notebook.Cells.Count; i++)
            if (notebook.Cells[i].Kind == CellKind.CSharp) return i + 1;
        return 0;
    }

    /// <summary>Marks the cell a write was charged to as failed; it may be an earlier one than the cell just run.</summary>
    private static CellFailure FailCell(List<CellRunResult> results, FailureReports.Report report)
    {
        var index = report.Failure.CellNumber - 1;
        results[index] = results[index] with { Status = CellRunStatus.Failed, Outputs = [.. results[index].Outputs, report.Output] };
        return report.Failure;
    }

    private async Task<(CellRunResult, CellFailure?)> RunCodeCellAsync(PreparedCell cell)
    {
        var watch = Stopwatch.StartNew();
        var count = ++executionCount;
        var collector = new CellOutputCollector(mimeBundles);

        (CellRunResult, CellFailure?) Finish(FailureReports.Report? report)
        {
            if (report is not null) collector.Add(report.Output);
            var status = report is null ? CellRunStatus.Succeeded : CellRunStatus.Failed;
            return (new CellRunResult(cell.Number, cell.Cell, status, count, collector.ToList(), watch.Elapsed), report?.Failure);
        }

        var problems = cell.Problems.Count > 0 ? cell.Problems : ApplyDirectives(cell);
        if (problems.Count > 0) return Finish(FailureReports.Directives(notebook.Path, cell, problems));
        if (!cell.HasCode) return Finish(null);

        var cellOptions = scriptOptions.WithFilePath(sourceMap.Register(cell));
        var script = state is null
            ? CSharpScript.Create<object>(cell.Code, cellOptions, typeof(NotebookGlobals))
            : state.Script.ContinueWith<object>(cell.Code, cellOptions);
        try
        {
            // Compiles, emits and loads once; the run below reuses the compiled submission.
            script.CreateDelegate();
        }
        catch (CompilationErrorException e)
        {
            return Finish(FailureReports.Compilation(sourceMap, cell, e.Diagnostics));
        }

        var previous = state;
        var outcome = await CellThread.RunAsync(
            () =>
            {
                var next = (previous is null ? script.RunAsync(globals) : script.RunFromAsync(previous)).GetAwaiter().GetResult();
                // A null result is either a void call or no trailing expression: nothing to show.
                if (next.ReturnValue is { } value) collector.Add(new ExecuteResultOutput(count, mimeBundles.Create(value, [])));
                return next;
            },
            collector,
            options.CellTimeout,
            options.TimeoutGracePeriod).ConfigureAwait(false);

        if (outcome.TimedOut) return Finish(FailureReports.Timeout(sourceMap, cell, options.CellTimeout, outcome.Exception, outcome.Abandoned));
        if (outcome.Exception is { } exception) return Finish(FailureReports.Exception(sourceMap, cell, exception));
        state = (ScriptState<object>)outcome.Value!;
        return Finish(null);
    }

    /// <summary>Adds the references the cell's directives ask for; returns what could not be satisfied.</summary>
    private List<CellProblem> ApplyDirectives(PreparedCell cell)
    {
        var problems = new List<CellProblem>();
        var paths = new List<string>();
        foreach (var directive in cell.Directives)
        {
            switch (directive)
            {
                case NuGetReferenceDirective nuget:
                    try
                    {
                        paths.AddRange(packages.ResolveAssemblies(nuget.PackageName, nuget.Version));
                    }
                    catch (PackageResolutionException e)
                    {
                        problems.Add(new CellProblem(directive.Line, directive.Column, e.Message));
                    }

                    break;
                case AssemblyReferenceDirective assembly:
                    var path = Path.GetFullPath(Path.Combine(notebookDirectory, assembly.Path));
                    if (File.Exists(path)) paths.Add(path);
                    else problems.Add(new CellProblem(directive.Line, directive.Column, $"#r \"{assembly.Path}\": assembly file {path} does not exist"));
                    break;
                case PackageSourceDirective source:
                    packageSources.Add(source.Source);
                    break;
            }
        }

        if (problems.Count == 0 && paths.Count > 0)
        {
            scriptOptions = scriptOptions.AddReferences(paths.Select(ScriptEnvironment.Reference));
        }

        return problems;
    }
}
