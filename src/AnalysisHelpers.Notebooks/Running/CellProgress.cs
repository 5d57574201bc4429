using AnalysisHelpers.Notebooks.Model;

namespace AnalysisHelpers.Notebooks.Running;

/// <summary>Reported after each cell of a notebook has been processed.</summary>
/// <param name="NotebookPath">The notebook.</param>
/// <param name="CellNumber">1-based cell number.</param>
/// <param name="CellCount">Number of cells in the notebook.</param>
/// <param name="Kind">Kind of the cell.</param>
/// <param name="Status">How the cell ended.</param>
/// <param name="CellElapsed">Time spent on this cell.</param>
/// <param name="NotebookElapsed">Time since the notebook started.</param>
public sealed record CellProgress(
    string NotebookPath,
    int CellNumber,
    int CellCount,
    CellKind Kind,
    CellRunStatus Status,
    TimeSpan CellElapsed,
    TimeSpan NotebookElapsed);
