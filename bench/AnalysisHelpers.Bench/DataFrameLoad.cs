using Microsoft.Data.Analysis;

namespace AnalysisHelpers.Bench;

/// <summary>The comparison point: Microsoft.Data.Analysis reading the same claims.csv with no validation. Column types
/// are given, not guessed, so both loaders produce the same typed columns (string, long, double).</summary>
internal static class DataFrameLoad
{
    private static readonly Type[] ClaimTypes =
    [
        typeof(string), typeof(string), typeof(long), typeof(string), typeof(string), typeof(string), typeof(string),
        typeof(double), typeof(double), typeof(double), typeof(string), typeof(string), typeof(string), typeof(string),
        typeof(string), typeof(string), typeof(string),
    ];

    public static DataFrame Claims(string dir) =>
        DataFrame.LoadCsv(BenchData.ClaimsCsv(dir), dataTypes: ClaimTypes, cultureInfo: System.Globalization.CultureInfo.InvariantCulture);
}
