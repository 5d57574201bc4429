using System.Globalization;

namespace AnalysisHelpers.Charts;

/// <summary>A number with its noun in the right number, for captions ("1 claim", "4 claims", "10,000 rows").</summary>
internal static class Counted
{
    public static string Of(int count, string singular, string plural) =>
        Number(count) + " " + (count == 1 ? singular : plural);

    /// <summary>A count with thousands separators, in invariant culture.</summary>
    public static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
