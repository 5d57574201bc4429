namespace AnalysisHelpers.Notebooks;

/// <summary>
/// Undoes the column shift of text inserted into lines (the deadline checks), so positions reported by the
/// compiler or a stack trace point at the user's own text.
/// </summary>
internal sealed class InsertionColumnMap
{
    private readonly Dictionary<int, List<(int Column, int Length)>> insertionsByLine = [];

    public static InsertionColumnMap None { get; } = new();

    /// <summary>Records text of <paramref name="length"/> characters inserted at a 0-based line and column of the rewritten code.</summary>
    public void Add(int line, int column, int length)
    {
        if (!insertionsByLine.TryGetValue(line, out var insertions)) insertionsByLine[line] = insertions = [];
        insertions.Add((column, length));
    }

    /// <summary>The 0-based column in the original line for a 0-based column of the rewritten line.</summary>
    public int ToOriginal(int line, int column)
    {
        if (!insertionsByLine.TryGetValue(line, out var insertions)) return column;
        var shift = insertions.Where(insertion => insertion.Column + insertion.Length <= column).Sum(insertion => insertion.Length);
        return Math.Max(0, column - shift);
    }
}
