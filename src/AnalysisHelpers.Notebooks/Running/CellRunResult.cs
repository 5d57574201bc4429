using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>What happened to a cell during a run.</summary>
public enum CellRunStatus
{
    /// <summary>Markdown: nothing to execute.</summary>
    NotCode,

    /// <summary>Ran to completion.</summary>
    Succeeded,

    /// <summary>Failed; see <see cref="NotebookRunResult.Failure"/>.</summary>
    Failed,

    /// <summary>Not reached because an earlier cell failed.</summary>
    NotRun,
}

/// <summary>The outcome of one cell.</summary>
/// <param name="Number">1-based number of the cell among all cells.</param>
/// <param name="Cell">The cell as parsed.</param>
/// <param name="Status">Whether it ran and how it ended.</param>
/// <param name="ExecutionCount">1-based count among executed code cells; null when the cell did not execute.</param>
/// <param name="Outputs">Outputs in the order they were produced.</param>
/// <param name="Elapsed">Compile and run time.</param>
public sealed record CellRunResult(
    int Number,
    NotebookCell Cell,
    CellRunStatus Status,
    int? ExecutionCount,
    IReadOnlyList<CellOutput> Outputs,
    TimeSpan Elapsed);
