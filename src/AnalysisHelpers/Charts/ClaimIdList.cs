using System.Globalization;
using System.Text.RegularExpressions;

namespace AnalysisHelpers.Charts;

/// <summary>Writes a set of claim ids compactly for source lines: runs of consecutive ids collapse
/// ("C001–C004, C009").</summary>
public static partial class ClaimIdList
{
    public static string Compact(IEnumerable<string> claimIds)
    {
        var ids = claimIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        int start = 0;
        for (int i = 1; i <= ids.Count; i++)
        {
            if (i < ids.Count && Follows(ids[i - 1], ids[i])) continue;
            parts.Add(i - 1 > start ? $"{ids[start]}–{ids[i - 1]}" : ids[start]);
            start = i;
        }
        return string.Join(", ", parts);
    }

    private static bool Follows(string previous, string next)
    {
        var a = NumberedId().Match(previous);
        var b = NumberedId().Match(next);
        return a.Success && b.Success
            && a.Groups[1].Value == b.Groups[1].Value
            && a.Groups[2].Length == b.Groups[2].Length
            && long.Parse(b.Groups[2].Value, CultureInfo.InvariantCulture) == long.Parse(a.Groups[2].Value, CultureInfo.InvariantCulture) + 1;
    }

    [GeneratedRegex("^([A-Za-z_-]*)([0-9]{1,18})$")]
    private static partial Regex NumberedId();
}
