using PuppeteerSharp;

namespace AnalysisHelpers.Export.Browser;

/// <summary>
/// Every wait on one browser goes through <see cref="RunAsync{T}"/>, which ends at the first of: the call's answer,
/// the browser's death (its connection closed, or a page's renderer crashed), the time limit, or cancellation.
/// PuppeteerSharp alone does not bound all of these: its protocol timeout is one limit for every call, and a call to a
/// renderer that crashed is never answered. A browser that died or stopped answering stays failed: every
/// later call fails at once with the same reason instead of waiting again.
/// </summary>
internal sealed class BrowserWatch
{
    private readonly TaskCompletionSource<string> _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BrowserWatch(string executablePath, TimeSpan limit)
    {
        ExecutablePath = executablePath;
        Limit = limit;
    }

    public string ExecutablePath { get; }

    /// <summary>How long one call may take.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Why the browser can no longer be used, once it cannot.</summary>
    public string? Failure => _failed.Task.IsCompleted ? _failed.Task.Result : null;

    public string Exited => $"the browser {ExecutablePath} exited (it was killed or crashed)";

    public string RendererCrashed => $"the browser's renderer process crashed (\"Target crashed\", browser {ExecutablePath})";

    private string NoAnswer(TimeSpan limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the browser {ExecutablePath} did not answer within {limit.TotalSeconds:0.#} s");

    /// <summary>Watches the browser's process and its connection (which closes when the process is gone).</summary>
    public void Watch(IBrowser browser, ChromiumProcess process)
    {
        browser.Disconnected += (_, _) => Fail(Exited);
        _ = process.Exited.ContinueWith(_ => Fail(Exited), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Watches a page's renderer; the page cannot be used once it crashed. PuppeteerSharp reports a crash
    /// (<c>Inspector.targetCrashed</c>) as the page's Error event.</summary>
    public void Watch(IPage page) => page.Error += (_, _) => Fail(RendererCrashed);

    public void Fail(string reason) => _failed.TrySetResult(reason);

    /// <summary>Fails at once when the browser already failed.</summary>
    public void ThrowIfFailed(string what)
    {
        if (Failure is { } failure)
            throw new ChartRenderException($"{Capitalise(failure)} before {what}.");
    }

    /// <summary>
    /// Runs one call on the browser, <paramref name="what"/> naming it for messages ("drawing the figure as svg"). Throws
    /// <see cref="ChartRenderException"/> with a one-line message naming the browser when the call fails, the browser
    /// dies, or no answer comes within <paramref name="limit"/> (default <see cref="Limit"/>), and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancel"/> fires first. A call left behind keeps
    /// running in the browser until the browser is closed; its outcome is observed and dropped.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call, string what, CancellationToken cancel, TimeSpan? limit = null)
    {
        cancel.ThrowIfCancellationRequested();
        ThrowIfFailed(what);
        Task<T> task;
        try
        {
            task = call();
        }
        catch (Exception e) when (IsBrowserError(e))
        {
            throw Translate(e, what);
        }

        var bound = limit ?? Limit;
        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var timer = Task.Delay(bound, stopTimer.Token);
        var first = await Task.WhenAny(task, _failed.Task, timer).ConfigureAwait(false);
        await stopTimer.CancelAsync().ConfigureAwait(false);
        if (first == task)
        {
            try
            {
                return await task.ConfigureAwait(false);
            }
            catch (Exception e) when (IsBrowserError(e))
            {
                throw Translate(e, what);
            }
        }

        Abandon(task);
        cancel.ThrowIfCancellationRequested();
        if (first == timer)
            Fail(NoAnswer(bound));
        throw new ChartRenderException($"{Capitalise(Failure!)} while {what}.");
    }

    public Task RunAsync(Func<Task> call, string what, CancellationToken cancel, TimeSpan? limit = null) =>
        RunAsync(async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, what, cancel, limit);

    /// <summary>What a call on the browser throws when the browser refuses it or is gone: PuppeteerSharp's exceptions,
    /// the <see cref="TimeoutException"/> of its own time limits, and the pipe's errors when the process is gone.</summary>
    public static bool IsBrowserError(Exception e) =>
        e is PuppeteerException or TimeoutException or IOException or ObjectDisposedException;

    /// <summary>A browser error as one line: the browser's death when that is what it means (its events may arrive
    /// after the failed call), else the first line of the message.</summary>
    private ChartRenderException Translate(Exception e, string what)
    {
        if (e.Message.Contains("Target crashed", StringComparison.Ordinal) || e.Message.Contains("Page crashed", StringComparison.Ordinal))
            Fail(RendererCrashed);
        else if (e is TargetClosedException or IOException or ObjectDisposedException
                 || e.Message.Contains("Connection closed", StringComparison.Ordinal)
                 || e.Message.Contains("Connection disposed", StringComparison.Ordinal))
            Fail(Exited);
        if (Failure is { } failure)
            return new ChartRenderException($"{Capitalise(failure)} while {what}.", e);
        return new ChartRenderException($"Failed while {what} in the browser {ExecutablePath}: {FirstLine(e.Message)}", e);
    }

    /// <summary>Observes the outcome of a call nobody waits for any more, so it is not reported as unobserved.</summary>
    public static void Abandon(Task task) =>
        _ = task.ContinueWith(t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>The first non-empty line of a message, trimmed.</summary>
    public static string FirstLine(string message)
    {
        foreach (var line in message.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
                return trimmed;
        }
        return message.Trim();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
