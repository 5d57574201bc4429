namespace AnalysisHelpers.Notebooks;

/// <summary>A code cell made ready to compile: directives extracted, parameters bound, deadline checks injected.</summary>
/// <param name="Number">1-based number of the cell among all cells.</param>
/// <param name="Cell">The cell as parsed.</param>
/// <param name="Code">The code to compile; it has exactly the cell's lines.</param>
/// <param name="HasCode">False when nothing but directives, comments or whitespace remains.</param>
/// <param name="Directives">Directives the runner applies before compiling.</param>
/// <param name="Problems">Directive problems; a cell with problems is not compiled.</param>
/// <param name="Columns">Maps columns of <paramref name="Code"/> back to the cell source.</param>
internal sealed record PreparedCell(
    int Number,
    NotebookCell Cell,
    string Code,
    bool HasCode,
    IReadOnlyList<CellDirective> Directives,
    IReadOnlyList<CellProblem> Problems,
    InsertionColumnMap Columns);
