namespace Workbook.Tests.Notebooks;

/// <summary>Where the repository's notebooks, data and article texts are, found by walking up from the test binaries
/// to the folder that holds the solution file.</summary>
internal static class NotebookPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepoRoot => Root.Value;
    public static string NotebooksDirectory => Path.Combine(RepoRoot, "notebooks");
    public static string DataDirectory => Path.Combine(RepoRoot, "data");

    public static string Notebook(string name) => Path.Combine(NotebooksDirectory, name + ".dib");

    public static IReadOnlyList<string> AllNotebooks() =>
        Directory.EnumerateFiles(NotebooksDirectory, "*.dib").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisHelpers.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"AnalysisHelpers.sln not found above {AppContext.BaseDirectory}");
    }
}
