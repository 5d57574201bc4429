namespace AnalysisHelpers.Notebooks.Running;

/// <summary>How to run one notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Longest time one cell may run. Past it the cell is cancelled, and its kernel process is ended.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a cancelled cell gets to report that it stopped before its kernel process is killed.</summary>
    public TimeSpan TimeoutGracePeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Values for the parameters cell (the first code cell), by variable name, injected as papermill does: a cell
    /// tagged <c>injected-parameters</c> after it. Values are text: strings as is, numbers and booleans in invariant culture.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Called on the runner's thread after each cell.</summary>
    public Action<CellProgress>? Progress { get; init; }

    /// <summary>When set, a change to a file under its root but outside its allowed folders fails the notebook.</summary>
    public WriteGuard? WriteGuard { get; init; }

    /// <summary>Most a notebook may print (every output, as the kernel sends it); past it the notebook fails and its
    /// kernel process is ended, so a runaway print cannot fill the memory or the disk.</summary>
    public long MaxOutputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Managed heap limit of the kernel process (DOTNET_GCHeapHardLimit); null for the runtime's default.</summary>
    public long? MemoryLimitBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How long a new kernel process may take to report ready.</summary>
    public TimeSpan KernelStartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
