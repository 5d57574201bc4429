using AnalysisHelpers.Export.Files;

namespace Workbook.Output;

/// <summary>The checks on <c>--out</c> made before anything runs or is written: it must not overlap an input, must not
/// be a file, and must be writable. Each failure is one line naming the folder; the command then exits 1.</summary>
internal static class OutputFolder
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    public static bool Check(string outDirectory, ProjectInputs inputs, TextWriter stderr)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDirectory));
        if (Overlap(output, inputs) is { } problem)
        {
            stderr.WriteLine($"{Shown(output)}: {problem}; nothing was written (choose a folder that holds no inputs, such as reports)");
            return false;
        }
        if (File.Exists(output))
        {
            stderr.WriteLine($"{Shown(output)}: --out is a file, not a folder; nothing was written");
            return false;
        }
        if (Unwritable(output) is { } reason)
        {
            stderr.WriteLine($"{Shown(output)}: cannot write to the output folder: {reason}; nothing was written");
            return false;
        }
        return true;
    }

    /// <summary>Why <paramref name="output"/> overlaps an input, or null. The project folder itself may hold the
    /// output folder (reports/ is in it) but may not be it or inside it.</summary>
    internal static string? Overlap(string output, ProjectInputs inputs)
    {
        foreach (var (label, path, isFolder) in inputs.Protected())
        {
            if (output.Equals(path, PathComparison)) return $"--out is {label}";
            if (IsInside(path, output)) return $"--out contains {label} ({Shown(path)})";
            if (isFolder && IsInside(output, path)) return $"--out is inside {label} ({Shown(path)})";
        }
        return null;
    }

    /// <summary>Tries a file in the folder, or in the nearest folder that exists when it is still to be made, and
    /// removes it again: the only sure test (permissions, read-only mounts, a full disk's inodes).</summary>
    private static string? Unwritable(string output)
    {
        var existing = output;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) return $"{Shown(existing)} is a file";
            existing = Path.GetDirectoryName(existing);
            if (existing is null) return "no part of the path exists";
        }
        var probe = Path.Combine(existing, $".workbook-probe.{Guid.NewGuid():N}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IoReason.Of(e);
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>Paths under the current folder as the user typed them.</summary>
    internal static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative == "." ? path : relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
