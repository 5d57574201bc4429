namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Each compiled cell gets its own file name so that compiler diagnostics and stack frames can be traced back to
/// a cell, and from there to a line of the .dib file.
/// </summary>
internal sealed class ScriptSourceMap(string notebookPath, string notebookDirectory)
{
    private readonly Dictionary<string, PreparedCell> cellsByFile = new(StringComparer.Ordinal);

    public string NotebookPath { get; } = notebookPath;

    /// <summary>The file name the compiler records for the cell.</summary>
    public string Register(PreparedCell cell)
    {
        var file = $"{Path.Combine(notebookDirectory, Path.GetFileName(NotebookPath))}#cell-{cell.Number}";
        cellsByFile[file] = cell;
        return file;
    }

    /// <summary>Maps a 0-based line and column in a compiled cell to a 1-based .dib line and column.</summary>
    public bool TryMap(string? file, int line, int column, out int dibLine, out int dibColumn, out int cellNumber)
    {
        if (file is null || !cellsByFile.TryGetValue(file, out var cell))
        {
            (dibLine, dibColumn, cellNumber) = (0, 0, 0);
            return false;
        }

        dibLine = cell.Cell.StartLine + line;
        dibColumn = cell.Columns.ToOriginal(line, column) + 1;
        cellNumber = cell.Number;
        return true;
    }
}
