namespace AnalysisHelpers.Tests.Fixtures;

/// <summary>Finds the repository root (the folder holding AnalysisHelpers.sln) and the article texts beside it.</summary>
public static class RepoPaths
{
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisHelpers.sln"))) return dir.FullName;
        }
        return null;
    }

    public static string? DataFolder() => Root() is { } root ? Path.Combine(root, "data") : null;

    /// <summary>The articles live in ../shared/seeds beside the repository root.</summary>
    public static string? ArticlesFolder()
    {
        if (Root() is not { } root) return null;
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        return Directory.Exists(seeds) ? seeds : null;
    }
}
