using System.Text;

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
        return "\"" + Printable(shown.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n")) + "\"";
    }

    /// <summary>Text from the data as it may be printed on a terminal: control characters (NUL, escape sequences,
    /// C1 controls) written as \uXXXX instead of being sent raw.</summary>
    internal static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f')) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
