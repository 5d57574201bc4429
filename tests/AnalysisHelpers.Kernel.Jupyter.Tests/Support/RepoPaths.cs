namespace AnalysisHelpers.Kernel.Jupyter.Tests.Support;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Data => Path.Combine(Root, "data");

    public static IReadOnlyList<string> PairedNotebooks() =>
        Directory.EnumerateFiles(Notebooks, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisHelpers.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("AnalysisHelpers.sln not found above " + AppContext.BaseDirectory);
    }
}
