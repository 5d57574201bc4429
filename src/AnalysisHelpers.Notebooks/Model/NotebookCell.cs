namespace AnalysisHelpers.Notebooks.Model;

/// <summary>One cell of a notebook.</summary>
/// <param name="Kind">How the runner treats the cell.</param>
/// <param name="KernelName">The kernel name exactly as written after <c>#!</c> (e.g. <c>csharp</c>, <c>c#</c>, <c>fsharp</c>).</param>
/// <param name="Source">Cell body with leading and trailing blank lines removed; lines separated by <c>\n</c>.</param>
/// <param name="StartLine">1-based line in the notebook file of the first line of <paramref name="Source"/>.</param>
public sealed record NotebookCell(CellKind Kind, string KernelName, string Source, int StartLine)
{
    /// <summary>The source split into lines (an empty source has no lines).</summary>
    public IReadOnlyList<string> SourceLines => Source.Length == 0 ? [] : Source.Split('\n');

    /// <summary>Jupyter cell tags, e.g. <c>injected-parameters</c> on the cell the runner adds.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>For a cell the runner added (not in the .dib file), the 1-based number of the .dib cell it belongs to
    /// (errors are reported there); null for the file's own cells.</summary>
    public int? SourceCellNumber { get; init; }
}
