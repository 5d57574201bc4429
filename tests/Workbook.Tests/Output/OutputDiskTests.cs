using System.Text.RegularExpressions;

namespace Workbook.Tests.Output;

/// <summary>Ordinary I/O failures on real small file systems: a read-only output folder is found before any notebook
/// runs, and a disk that fills up during the export leaves the previous outputs, all of them and only them. Each ends
/// with one line naming the folder or file, exit 1.</summary>
public sealed class OutputDiskTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Run_refuses_a_read_only_output_folder_before_any_notebook_runs()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("fine");
        using var mount = ScratchMount.Create("1m");
        File.WriteAllText(Path.Combine(mount.Path, "report.html"), "old\n");
        mount.MakeReadOnly();

        var outcome = await CorpusCli.RunAsync(project.Root, Limit, "run", notebook, "--out", mount.Path, "--formats", "html");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal([$"{mount.Path}: cannot write to the output folder: Read-only file system; nothing was written"], outcome.ErrorLines);
        Assert.DoesNotContain("cells ran", outcome.Stdout, StringComparison.Ordinal);
        CorpusCli.AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Export_and_convert_into_a_read_only_folder_say_so_in_one_line()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("fine");
        using var mount = ScratchMount.Create("1m");
        mount.MakeReadOnly();

        var export = await CorpusCli.RunAsync(project.Root, Limit, "export", "--formats", "html", "--out", mount.Path);
        var target = Path.Combine(mount.Path, "fine.ipynb");
        var convert = await CorpusCli.RunAsync(project.Root, Limit, "convert", notebook, "--to", "ipynb", "--out", target);

        Assert.True(export.ExitCode == 1, export.ToString());
        Assert.Equal([$"{mount.Path}: cannot write to the output folder: Read-only file system; nothing was written"], export.ErrorLines);
        Assert.True(convert.ExitCode == 1, convert.ToString());
        Assert.Equal([$"{target}: cannot write: Read-only file system; nothing was written"], convert.ErrorLines);
        CorpusCli.AssertNoStackTrace(export);
        CorpusCli.AssertNoStackTrace(convert);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("run")]
    public async Task A_disk_that_fills_up_leaves_exactly_the_previous_outputs(string command)
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("fine");
        // 2 MB: the tables fit, a page with plotly.js embedded (3.6 MB) does not.
        using var mount = ScratchMount.Create("2m");
        var previous = new Dictionary<string, string>
        {
            ["report.html"] = "<html>the previous report</html>\n",
            ["tables/claims.csv"] = "claim_id\nC000\n",
            ["fine.html"] = "<html>the previous page</html>\n",
        };
        foreach (var (name, content) in previous)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(mount.Path, name))!);
            File.WriteAllText(Path.Combine(mount.Path, name), content);
        }

        string[] args = command == "run"
            ? ["run", notebook, "--out", mount.Path, "--formats", "html"]
            : ["export", "--formats", "html", "--out", mount.Path];
        var outcome = await CorpusCli.RunAsync(project.Root, Limit, args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        var line = Assert.Single(outcome.ErrorLines);
        Assert.Matches($"^{Regex.Escape(mount.Path)}/\\S+: cannot write: No space left on device; the output folder keeps its previous files$", line);
        CorpusCli.AssertNoStackTrace(outcome);
        var files = Directory.EnumerateFiles(mount.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(mount.Path, f))
            .Where(f => f != ".workbook.lock")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(previous.Keys.Order(StringComparer.Ordinal), files);
        foreach (var (name, content) in previous) Assert.Equal(content, File.ReadAllText(Path.Combine(mount.Path, name)));
    }
}
