namespace Workbook.Progress;

/// <summary>What a command is doing, for the user to watch: the notebooks (n of N), the cells of the one running (cell
/// n of N, numbered as the .dib numbers them and as failure messages name them), the browser's start and the export of
/// the charts and report. <see cref="Choose"/> picks a live display on a terminal and plain lines in CI or when the
/// output is redirected. The events may come from any thread. This base class shows nothing.</summary>
internal class RunProgress
{
    public static RunProgress None { get; } = new();

    /// <summary>Live on a terminal; plain lines on <paramref name="stdout"/> when either stream is redirected or the
    /// <c>CI</c> variable is set (CI logs keep every line a live display would overwrite).</summary>
    public static RunProgress Choose(TextWriter stdout)
    {
        var plain = Console.IsOutputRedirected || Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is not null
            || Environment.GetEnvironmentVariable("TERM") == "dumb";
        return plain ? new PlainProgress(stdout) : new LiveProgress();
    }

    /// <summary>Runs <paramref name="work"/> while the progress is shown; a live display is cleared when it ends, however
    /// it ends.</summary>
    public virtual Task<T> ShowWhileAsync<T>(Func<Task<T>> work) => work();

    /// <summary>A writer for the command's messages while the progress is shown: a live display prints them above
    /// itself instead of drawing over them.</summary>
    public virtual TextWriter Messages(TextWriter writer) => writer;

    public virtual void NotebookStarted(string name, int number, int count, int cells) { }

    public virtual void CellDone(string name, int cell, int cells) { }

    public virtual void NotebookFinished(string name, int number, int count) { }

    public virtual void BrowserStarting() { }

    public virtual void BrowserDone(bool started) { }

    public virtual void ExportStarted() { }

    public virtual void ExportDone() { }

    /// <summary>A chart's static files are written: <paramref name="done"/> of <paramref name="total"/>.</summary>
    public virtual void ChartDrawn(int done, int total) { }

    /// <summary>The charts are drawn; the report's pages are being written.</summary>
    public virtual void ReportStarted() { }
}
