namespace Workbook.Tests.Commands;

internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "AnalysisHelpers.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("AnalysisHelpers.sln not found above the test folder");
    }

    public static string Data => System.IO.Path.Combine(Path, "data");

    /// <summary>A scratch copy of the data folder that a test may break.</summary>
    public static string CopyData()
    {
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workbook-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Data))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        return target;
    }
}
