using AnalysisHelpers.Notebooks.Model;
using AnalysisHelpers.Notebooks.Running;

namespace Workbook.Notebooks;

/// <summary>Which folder a notebook run may not write to outside <c>--out</c>: the project it belongs to.</summary>
internal static class ProjectWriteGuard
{
    /// <summary>The current folder when it is the project (it holds the solution or a notebooks folder), else the
    /// folder above the notebook's own. Null when that folder would also hold the system's temporary files or the
    /// user's home: other programs write there all the time, and their files are no notebook's doing.</summary>
    public static WriteGuard? For(Notebook notebook, string outputDirectory)
    {
        var cwd = Environment.CurrentDirectory;
        var root = File.Exists(Path.Combine(cwd, "AnalysisHelpers.sln")) || Directory.Exists(Path.Combine(cwd, "notebooks"))
            ? cwd
            : Path.GetDirectoryName(notebook.Directory);
        if (root is null || Contains(root, Path.GetTempPath()) || Contains(root, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
            return null;
        return new WriteGuard(root, [Path.GetFullPath(outputDirectory)]);
    }

    private static bool Contains(string folder, string path)
    {
        if (path.Length == 0) return false;
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var inner = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var outer = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return inner.StartsWith(outer, comparison);
    }
}
