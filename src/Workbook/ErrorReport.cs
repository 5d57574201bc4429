using AnalysisHelpers.Tables;

namespace Workbook;

/// <summary>Prints data problems one per line, the way compilers do, so editors can jump to them.</summary>
internal static class ErrorReport
{
    public static void Write(IReadOnlyList<DataValidationError> errors, TextWriter stderr)
    {
        foreach (var e in errors) stderr.WriteLine((e with { File = Relative(e.File) }).ToString());
        stderr.WriteLine($"{errors.Count} problem{(errors.Count == 1 ? "" : "s")} found; nothing was written.");
    }

    /// <summary>Paths under the current folder are shown relative to it, as a user typed them.</summary>
    private static string Relative(string path)
    {
        if (!Path.IsPathRooted(path)) return path;
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
