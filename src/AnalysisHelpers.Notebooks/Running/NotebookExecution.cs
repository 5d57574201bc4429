using System.Diagnostics;
using AnalysisHelpers.Notebooks.Dib;
using AnalysisHelpers.Notebooks.Engine;
using AnalysisHelpers.Notebooks.Model;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>One run of one notebook on a kernel process: its cells in order as SubmitCode commands, each one's events
/// turned into outputs, the first failure located in the .dib file.</summary>
internal sealed class NotebookExecution(Notebook notebook, KernelProcess kernel, NotebookRunOptions options)
{
    private int _executionCount;

    /// <param name="cellsDone">Called once every cell has run without failure, before the write guard's wait for
    /// late changes: the kernel serves no more of this notebook from then on.</param>
    public async Task<NotebookRunResult> RunAsync(IReadOnlyList<KeyValuePair<string, object>> parameters, Action? cellsDone, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var results = new List<CellRunResult>();
        CellFailure? failure = null;
        using var writes = WriteWatch.Start(options.WriteGuard, FirstCodeCell());
        var kernels = KernelNames();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var number = cell.SourceCellNumber ?? DibNumber(i);
            if (failure is not null)
            {
                results.Add(new CellRunResult(number, cell, CellRunStatus.NotRun, null, [], TimeSpan.Zero));
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            CellRunResult result;
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    result = new CellRunResult(number, cell, CellRunStatus.NotCode, null, [], TimeSpan.Zero);
                    break;
                case CellKind.CSharp:
                    writes?.EnterCell(number);
                    (result, failure) = await RunCodeCellAsync(number, cell, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    var report = FailureReports.UnsupportedKernel(notebook.Path, number, cell, kernels);
                    failure = report.Failure;
                    result = new CellRunResult(number, cell, CellRunStatus.Failed, null, [report.Output], watch.Elapsed);
                    break;
            }

            results.Add(result);
            if (failure is null && writes?.Failure(notebook) is { } wrote) failure = FailCell(results, wrote);
            options.Progress?.Invoke(new CellProgress(notebook.Path, number, DibCellCount(), cell.Kind, results[i].Status, result.Elapsed, total.Elapsed));
        }

        if (failure is null) cellsDone?.Invoke();
        if (failure is null && writes is not null)
        {
            // Changes made by the last cells may still be on their way from the operating system.
            await Task.Delay(writes.SettleTime, cancellationToken).ConfigureAwait(false);
            if (writes.Failure(notebook) is { } late) failure = FailCell(results, late);
        }

        return new NotebookRunResult(notebook, results, failure, total.Elapsed, parameters);
    }

    private async Task<(CellRunResult, CellFailure?)> RunCodeCellAsync(int number, NotebookCell cell, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var count = ++_executionCount;
        var outputs = new CellOutputs(count);

        (CellRunResult, CellFailure?) Finish(FailureReports.Report? report)
        {
            if (report is not null) outputs.Add(report.Output);
            var status = report is null ? CellRunStatus.Succeeded : CellRunStatus.Failed;
            return (new CellRunResult(number, cell, status, count, outputs.ToList(), watch.Elapsed), report?.Failure);
        }

        var command = new SubmitCode(cell.Source, "csharp");
        var token = command.GetOrCreateToken();
        var diagnostics = new List<FailureReports.KernelDiagnostic>();
        string? childFailure = null;
        await kernel.SendAsync(command).ConfigureAwait(false);

        using var deadline = new CancellationTokenSource(options.CellTimeout);
        var cancelled = false;
        while (true)
        {
            KernelEvent? next;
            try
            {
                next = await NextEventAsync(deadline.Token, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !cancelled)
            {
                // The deadline: ask the kernel to cancel, as a front end's stop button does, and wait a moment for it.
                cancelled = true;
                await kernel.SendAsync(new Cancel()).ConfigureAwait(false);
                var stopped = await WaitForCompletionAsync(token, options.TimeoutGracePeriod, cancellationToken).ConfigureAwait(false);
                // Even a cancelled cell may keep its thread spinning inside the kernel: that process serves no one else.
                kernel.Kill();
                return Finish(FailureReports.Timeout(notebook.Path, number, cell, options.CellTimeout, killed: !stopped));
            }
            catch (OperationCanceledException)
            {
                // Interrupted (Ctrl+C, SIGTERM): the cell's process goes at once.
                kernel.Kill();
                throw;
            }

            if (next is null)
            {
                return kernel.Death == KernelDeath.OutputLimit
                    ? Finish(FailureReports.OutputLimit(notebook.Path, number, cell, options.MaxOutputBytes))
                    : Finish(FailureReports.KernelExited(notebook.Path, number, cell, kernel.ExitCode, kernel.StandardError));
            }

            if (!BelongsTo(next, token)) continue;
            switch (next)
            {
                case DisplayEvent display when display is not ErrorProduced:
                    outputs.Add(display);
                    break;
                case DiagnosticsProduced produced:
                    diagnostics.AddRange(produced.Diagnostics
                        .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                        .Select(d => new FailureReports.KernelDiagnostic(d.LinePositionSpan.Start.Line, d.LinePositionSpan.Start.Character, d.Code ?? "", d.Message)));
                    break;
                case CommandFailed failed when IsCommand(failed, token):
                    return Finish(FailureReports.CommandFailed(notebook.Path, number, cell, childFailure ?? failed.Message, diagnostics));
                case CommandFailed failed:
                    childFailure ??= failed.Message;
                    break;
                case CommandSucceeded succeeded when IsCommand(succeeded, token):
                    return Finish(null);
            }
        }
    }

    private async Task<KernelEvent?> NextEventAsync(CancellationToken deadline, CancellationToken interrupt)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(deadline, interrupt);
        try
        {
            while (true)
            {
                if (kernel.Events.TryRead(out var next)) return next;
                if (!await kernel.Events.WaitToReadAsync(either.Token).ConfigureAwait(false)) return null;
            }
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            throw new OperationCanceledException(interrupt);
        }
    }

    /// <summary>Waits up to <paramref name="grace"/> for the command to complete; false when it did not.</summary>
    private async Task<bool> WaitForCompletionAsync(string token, TimeSpan grace, CancellationToken interrupt)
    {
        using var limit = new CancellationTokenSource(grace);
        try
        {
            while (await NextEventAsync(limit.Token, interrupt).ConfigureAwait(false) is { } e)
            {
                if (e is KernelCommandCompletionEvent && IsCommand(e, token)) return true;
            }
        }
        catch (OperationCanceledException) when (!interrupt.IsCancellationRequested)
        {
        }

        return false;
    }

    private static bool IsCommand(KernelEvent e, string token) => e.Command?.GetOrCreateToken() == token;

    /// <summary>Events of the cell's command and of the commands it split into (tokens "T", "T.1", ...).</summary>
    private static bool BelongsTo(KernelEvent e, string token) =>
        e.Command?.GetOrCreateToken() is { } t && (t == token || t.StartsWith(token + ".", StringComparison.Ordinal));

    private IReadOnlyList<string> KernelNames() =>
        kernel.KernelInfos.Where(k => !k.IsComposite).Select(k => k.LocalName).DefaultIfEmpty("csharp").ToList();

    private int FirstCodeCell()
    {
        for (var i = 0; i < notebook.Cells.Count; i++)
            if (notebook.Cells[i].Kind == CellKind.CSharp) return i + 1;
        return 0;
    }

    /// <summary>The .dib number of the cell at <paramref name="index"/>: cells the runner added are not counted.</summary>
    private int DibNumber(int index) => notebook.Cells.Take(index + 1).Count(c => c.SourceCellNumber is null);

    private int DibCellCount() => notebook.Cells.Count(c => c.SourceCellNumber is null);

    /// <summary>Marks the cell a write was charged to as failed; it may be an earlier one than the cell just run.</summary>
    private static CellFailure FailCell(List<CellRunResult> results, FailureReports.Report report)
    {
        var index = results.FindIndex(r => r.Number == report.Failure.CellNumber && r.Cell.SourceCellNumber is null);
        if (index < 0) index = results.Count - 1;
        results[index] = results[index] with { Status = CellRunStatus.Failed, Outputs = [.. results[index].Outputs, report.Output] };
        return report.Failure;
    }
}
