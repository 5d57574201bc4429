namespace AnalysisHelpers.FactCheck;

/// <summary>Orders the partial dates the data uses (YYYY, YYYY-MM, YYYY-MM-DD) at the precision both share, so a
/// reference dated 2026-01-13 does not count as later than an article dated only 2026-01.</summary>
internal static class DateOrder
{
    /// <summary>True only when the first date is certainly later than the second; an unknown date never is.</summary>
    public static bool IsLater(string? date, string? than)
    {
        if (!IsIsoPrefix(date) || !IsIsoPrefix(than)) return false;
        int length = Math.Min(date!.Length, than!.Length);
        return string.CompareOrdinal(date[..length], than[..length]) > 0;
    }

    private static bool IsIsoPrefix(string? date) =>
        date is { Length: 4 or 7 or 10 } && date.Take(4).All(char.IsAsciiDigit)
        && (date.Length == 4 || date[4] == '-' && char.IsAsciiDigit(date[5]) && char.IsAsciiDigit(date[6]))
        && (date.Length < 10 || date[7] == '-' && char.IsAsciiDigit(date[8]) && char.IsAsciiDigit(date[9]));
}
