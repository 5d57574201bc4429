using System.Globalization;

namespace AnalysisHelpers.Bench;

/// <summary>Generated data folders shared by every benchmark, made once per size and reused across runs.</summary>
internal static class BenchData
{
    public static readonly int[] Sizes = [10_000, 100_000, 1_000_000];

    /// <summary>A folder of <paramref name="rows"/> valid claims.</summary>
    public static string Valid(int rows) => Ensure(rows, 0);

    public static string Ensure(int rows, int invalid)
    {
        var dir = Path.Combine(RepoPaths.ScratchRoot, string.Create(CultureInfo.InvariantCulture, $"claims-{rows}-{invalid}"));
        if (!ClaimsGenerator.IsGenerated(dir, rows, invalid))
        {
            Console.Error.WriteLine($"generating {rows} rows ({invalid} invalid) in {dir}");
            ClaimsGenerator.Generate(dir, rows, invalid);
        }
        return dir;
    }

    public static string ClaimsCsv(string dir) => Path.Combine(dir, "claims.csv");
}
