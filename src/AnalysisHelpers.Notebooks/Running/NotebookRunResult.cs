namespace AnalysisHelpers.Notebooks;

/// <summary>The outcome of running a notebook.</summary>
/// <param name="Notebook">The notebook as run (after parameter substitution the source text is unchanged).</param>
/// <param name="Cells">One result per cell, in order; cells after a failure are <see cref="CellRunStatus.NotRun"/>.</param>
/// <param name="Failure">The failure that stopped the notebook, or null when every cell succeeded.</param>
/// <param name="Elapsed">Wall time for the whole notebook.</param>
/// <param name="PackageSources">Sources named by <c>#i "nuget: ..."</c>, in order (recorded, not used).</param>
public sealed record NotebookRunResult(
    Notebook Notebook,
    IReadOnlyList<CellRunResult> Cells,
    CellFailure? Failure,
    TimeSpan Elapsed,
    IReadOnlyList<string> PackageSources)
{
    public bool Succeeded => Failure is null;
}
