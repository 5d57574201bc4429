namespace Workbook;

/// <summary>Where the workbook looks for its folders when none are given: relative to the current folder, which the
/// README's commands set to the repository root.</summary>
internal static class WorkbookPaths
{
    public static string DefaultDataDirectory() => Path.GetFullPath("data");
    public static string DefaultNotebooksDirectory() => Path.GetFullPath("notebooks");
    public static string DefaultReportsDirectory() => Path.GetFullPath("reports");

    /// <summary>The articles live beside the checkout; provenance is checked only when they are there.</summary>
    public static string? DefaultArticlesDirectory()
    {
        var candidate = Path.GetFullPath(Path.Combine("..", "shared", "seeds"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
