namespace AnalysisHelpers.TestSupport;

/// <summary>The repository's folders, found by walking up from the test binaries to the folder that holds the
/// solution file, and <c>../shared</c> beside it (the article texts).</summary>
public static class RepoPaths
{
    public const string SolutionFile = "AnalysisHelpers.sln";

    private static readonly Lazy<string> FoundRoot = new(FindRoot);

    public static string Root => FoundRoot.Value;

    public static string Data => Path.Combine(Root, "data");

    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary><c>../shared</c> beside the repository root; it may be absent outside the workplace.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The article texts in <c>../shared/seeds</c>, or null where they are absent.</summary>
    public static string? Articles => Directory.Exists(Path.Combine(Shared, "seeds")) ? Path.Combine(Shared, "seeds") : null;

    /// <summary>The articles, or a skip that says where they were looked for.</summary>
    public static string RequireArticles()
    {
        if (Articles is { } articles) return articles;
        Assert.Skip($"the articles were not found in {Path.Combine(Shared, "seeds")}");
        return null!;
    }

    /// <summary>The shipped notebook <c>notebooks/NAME.dib</c>.</summary>
    public static string Notebook(string name) => Path.Combine(Notebooks, name + ".dib");

    /// <summary>Every shipped <c>.dib</c> notebook, full paths, sorted.</summary>
    public static IReadOnlyList<string> AllNotebooks() =>
        Directory.EnumerateFiles(Notebooks, "*.dib").Order(StringComparer.Ordinal).ToList();

    /// <summary>The names (without extension) of the shipped notebooks that have an <c>.ipynb</c> pair, sorted.</summary>
    public static IReadOnlyList<string> PairedNotebooks() =>
        Directory.EnumerateFiles(Notebooks, "*.ipynb").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>A scratch copy of the data folder that a test may break; the caller deletes it.</summary>
    public static string CopyData()
    {
        var target = Path.Combine(Path.GetTempPath(), "workbook-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Data))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        }

        throw new InvalidOperationException($"{SolutionFile} not found above {AppContext.BaseDirectory}");
    }
}
