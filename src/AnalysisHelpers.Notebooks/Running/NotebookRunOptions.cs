namespace AnalysisHelpers.Notebooks;

/// <summary>How to run one notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Longest time one cell may run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Extra time a cell that passed its deadline gets to stop by itself (the injected checks stop loops) before
    /// its thread is abandoned, e.g. when it is blocked in a native call.
    /// </summary>
    public TimeSpan TimeoutGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Values replacing the literal initializers of the parameters cell (the first code cell), by variable name.
    /// Values are text: strings as is, numbers and booleans in invariant culture.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Called on the runner's thread after each cell.</summary>
    public Action<CellProgress>? Progress { get; init; }

    /// <summary>When set, a change to a file under its root but outside its allowed folders fails the notebook.</summary>
    public WriteGuard? WriteGuard { get; init; }
}
