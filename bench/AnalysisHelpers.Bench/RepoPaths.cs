namespace AnalysisHelpers.Bench;

/// <summary>Finds the repository's own data folder and a scratch folder for generated data, so the bench runs the
/// same from `dotnet run`, from its bin folder and from BenchmarkDotNet's generated child projects.</summary>
internal static class RepoPaths
{
    public static string DataDirectory { get; } = FindDataDirectory();

    /// <summary>Generated folders are large (about 250 MB at a million rows) and rebuilt on demand, so they live in
    /// the temp folder, not the repository.</summary>
    public static string ScratchRoot =>
        Environment.GetEnvironmentVariable("ANALYSISHELPERS_BENCH_DATA") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "analysishelpers-bench");

    public static string RepoRoot => Path.GetDirectoryName(DataDirectory)!;

    private static string FindDataDirectory()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "claims.schema.json")) && File.Exists(Path.Combine(dir.FullName, "AnalysisHelpers.sln")))
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException("cannot find the repository's data folder (data/claims.schema.json) above "
            + Environment.CurrentDirectory + " or " + AppContext.BaseDirectory);
    }
}
