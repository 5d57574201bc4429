namespace AnalysisHelpers.Tables;

/// <summary>One problem found in a data file, located by 1-based line and column (column counts characters).</summary>
public sealed record DataValidationError(string File, int Line, int Column, string Message, string? Field = null, string? RawValue = null)
{
    public override string ToString()
    {
        var where = $"{File}:{Line}:{Column}: ";
        var field = Field is null ? "" : $"{Field}: ";
        var raw = RawValue is null ? "" : $" (value: {Quote(RawValue)})";
        return where + field + Message + raw;
    }

    // Long or multi-line raw values would swamp the one-line-per-error format, so they are shortened and escaped.
    private static string Quote(string raw)
    {
        const int max = 80;
        var shown = raw.Length > max ? raw[..max] + $"… ({raw.Length} characters)" : raw;
        return "\"" + shown.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n") + "\"";
    }
}
