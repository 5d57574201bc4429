using System.Globalization;

namespace AnalysisHelpers.Charts;

/// <summary>A number with its noun in the right number, for captions ("1 claim", "4 claims").</summary>
internal static class Counted
{
    public static string Of(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
