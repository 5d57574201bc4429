using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>The outcome of running a notebook.</summary>
/// <param name="Notebook">The notebook as run: the .dib's cells, plus the <c>injected-parameters</c> cell when
/// parameters were given.</param>
/// <param name="Cells">One result per cell of <paramref name="Notebook"/>, in order; cells after a failure are <see cref="CellRunStatus.NotRun"/>.</param>
/// <param name="Failure">The failure that stopped the notebook, or null when every cell succeeded.</param>
/// <param name="Elapsed">Wall time for the whole notebook.</param>
/// <param name="Parameters">The injected parameter values, typed (string, int, double or bool), in name order.</param>
public sealed record NotebookRunResult(
    Notebook Notebook,
    IReadOnlyList<CellRunResult> Cells,
    CellFailure? Failure,
    TimeSpan Elapsed,
    IReadOnlyList<KeyValuePair<string, object>> Parameters)
{
    public bool Succeeded => Failure is null;
}
