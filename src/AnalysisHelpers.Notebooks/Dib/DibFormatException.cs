namespace AnalysisHelpers.Notebooks.Dib;

/// <summary>A .dib file that cannot be read, located at the offending position.</summary>
public sealed class DibFormatException : Exception
{
    public DibFormatException(string path, int line, int column, string reason)
        : base($"{path}:{line}:{column}: {reason}")
    {
        Path = path;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string Path { get; }

    /// <summary>1-based line in the file.</summary>
    public int Line { get; }

    /// <summary>1-based column in the line.</summary>
    public int Column { get; }

    /// <summary>The problem, without the location prefix.</summary>
    public string Reason { get; }
}
