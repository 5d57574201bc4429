using AnalysisHelpers.Export.Browser;

namespace Workbook.Export;

/// <summary>
/// Starts the browser (Chromium, plotly.js) on a background task as soon as a command knows it
/// will need one, so the seconds it takes overlap with loading the data and running the notebooks instead of following
/// them. <see cref="GetAsync"/> waits for it and rethrows a failed start. Disposal closes the browser on every path; a
/// start still in progress (the command failed or was interrupted first) is cancelled and what it opened is closed.
/// </summary>
internal sealed class BackgroundBrowser : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<StaticChartRenderer> _start;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    private readonly Progress.RunProgress _progress;

    private BackgroundBrowser(BrowserLocation location, Progress.RunProgress progress, CancellationToken cancel)
    {
        _progress = progress;
        _progress.BrowserStarting();
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var token = _stop.Token;
        // Called here rather than through Task.Run: the browser process is spawned before the call returns (a few
        // milliseconds), so it starts at once instead of when a pool thread is free. The rest of the start (the
        // DevTools connection, plotly.js) runs in the background.
        _start = StartAsync(location, token);
    }

    private async Task<StaticChartRenderer> StartAsync(BrowserLocation location, CancellationToken cancel)
    {
        StaticChartRenderer renderer;
        try
        {
            renderer = await StaticChartRenderer.StartAsync(location, cancel: cancel).ConfigureAwait(false);
        }
        catch
        {
            _progress.BrowserDone(started: false);
            throw;
        }
        _progress.BrowserDone(started: true);
        PhaseTimes.Note("browser start (background)", _clock.Elapsed);
        return renderer;
    }

    /// <summary>Starts the browser found at <paramref name="location"/>; <paramref name="cancel"/> stops a start in
    /// progress; <paramref name="progress"/> shows the start.</summary>
    public static BackgroundBrowser Start(BrowserLocation location, CancellationToken cancel, Progress.RunProgress? progress = null) =>
        new(location, progress ?? Progress.RunProgress.None, cancel);

    /// <summary>The started renderer; throws what the start threw. The renderer stays owned by this object.</summary>
    public Task<StaticChartRenderer> GetAsync() => _start;

    private Task? _disposal;

    /// <summary>Closes the browser; a second call waits for the first.</summary>
    public ValueTask DisposeAsync() => new(_disposal ??= DisposeCoreAsync());

    private async Task DisposeCoreAsync()
    {
        if (!_start.IsCompleted) await _stop.CancelAsync().ConfigureAwait(false);
        StaticChartRenderer renderer;
        try
        {
            renderer = await _start.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failed or cancelled start has already closed what it opened; a caller that needed the browser got the
            // exception from GetAsync.
            return;
        }
        finally
        {
            _stop.Dispose();
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await renderer.DisposeAsync().ConfigureAwait(false);
        PhaseTimes.Note("browser close", clock.Elapsed);
    }
}
