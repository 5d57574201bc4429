namespace Workbook.Output;

/// <summary>What a command reads and must never write: the data, the articles, the notebooks and the project's own
/// files (its root, <c>.git</c>, the sources and tests). The output folder may overlap none of them, and they are
/// hashed before and after a run.</summary>
internal sealed record ProjectInputs(string DataDirectory, string? ArticlesDirectory, IReadOnlyList<string> Notebooks)
{
    /// <summary>Folders of the project root that hold its own files; an output folder inside one is refused.</summary>
    private static readonly string[] OwnFolders = [".git", "src", "tests", "notebooks", "data"];

    /// <summary>The project folder: the current folder when it holds the solution or a notebooks folder (the rule the
    /// notebooks' write guard uses), else none.</summary>
    public static string? ProjectRoot()
    {
        var cwd = Environment.CurrentDirectory;
        return File.Exists(Path.Combine(cwd, "AnalysisHelpers.sln")) || Directory.Exists(Path.Combine(cwd, "notebooks")) ? cwd : null;
    }

    /// <summary>Every input folder or file with what it is, for the overlap check and its message.</summary>
    public IEnumerable<(string Label, string Path, bool IsFolder)> Protected()
    {
        yield return ("the data folder", Full(DataDirectory), true);
        if (ArticlesDirectory is { } articles) yield return ("the articles folder", Full(articles), true);
        foreach (var folder in Notebooks.Select(n => Path.GetDirectoryName(Full(n))!).Distinct(StringComparer.Ordinal))
            yield return ("the notebooks folder", folder, true);
        if (ProjectRoot() is { } root)
        {
            yield return ("the project folder", Full(root), false);
            foreach (var own in OwnFolders)
                yield return (own is "notebooks" or "data" ? $"the {own} folder" : $"the project's {own} folder", Path.Combine(Full(root), own), true);
        }
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
