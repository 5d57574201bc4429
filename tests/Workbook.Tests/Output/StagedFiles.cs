namespace Workbook.Tests.Output;

/// <summary>A command's outputs in a folder while it runs: until it ends they wait as hidden staged copies
/// (".name.svg.&lt;guid&gt;.tmp", see OutputTransaction), so a test that waits for work in progress counts those too.</summary>
internal static class StagedFiles
{
    public static int Count(string folder, string extension) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Count(f => f.EndsWith(extension, StringComparison.Ordinal) || f.Contains(extension + ".", StringComparison.Ordinal))
            : 0;
}
