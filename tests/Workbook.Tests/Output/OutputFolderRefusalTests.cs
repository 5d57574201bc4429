using AnalysisHelpers.Export.Files;

namespace Workbook.Tests.Output;

/// <summary>An output folder or file that would overwrite an input is refused before anything runs: one line naming
/// it, exit 1, every input and earlier output byte for byte as it was.</summary>
public sealed class OutputFolderRefusalTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Convert_refuses_an_out_that_is_the_notebook_itself_and_leaves_it_unchanged()
    {
        using var project = new CorpusProject("out");
        var notebook = project.AddNotebook("fine");
        var before = File.ReadAllBytes(Path.Combine(project.Root, notebook));

        var outcome = await CorpusCli.RunAsync(project.Root, Limit, "convert", notebook, "--to", "ipynb", "--out", notebook);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal([$"{Path.Combine(project.Root, notebook)}: --out is the notebook being converted; nothing was written (choose another file, e.g. fine.ipynb)"],
            outcome.ErrorLines);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project.Root, notebook)));
        CorpusCli.AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Export_refuses_an_out_that_holds_its_data_folder_and_leaves_the_raw_data_unchanged()
    {
        using var project = new CorpusProject("out");
        var data = project.AddFullData(Path.Combine("P", "tables"));
        var before = File.ReadAllBytes(Path.Combine(data, "claims.csv"));

        var outcome = await CorpusCli.RunAsync(project.Root, Limit, "export", "--formats", "html", "--data", "P/tables", "--out", "P");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal(["P: --out contains the data folder (P/tables); nothing was written (choose a folder that holds no inputs, such as reports)"],
            outcome.ErrorLines);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(data, "claims.csv")));
        Assert.False(File.Exists(Path.Combine(project.Root, "P", "report.html")));
        CorpusCli.AssertNoStackTrace(outcome);
    }

    [Fact]
    public async Task Run_refuses_a_notebook_named_report_before_it_runs_and_keeps_the_report()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("report");

        var outcome = await CorpusCli.RunAsync(project.Root, Limit, "run", notebook, "--out", "out", "--formats", "html");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal(["notebooks/report.dib: its page report.html would replace the export's report.html; rename the notebook"], outcome.ErrorLines);
        Assert.DoesNotContain("cells ran", outcome.Stdout, StringComparison.Ordinal);
        project.AssertSentinelsIntact();
        Assert.False(File.Exists(Path.Combine(project.Out, Manifest.FileName)));
        CorpusCli.AssertNoStackTrace(outcome);
    }

    [Theory]
    [InlineData("data", "data: --out is the data folder")]
    [InlineData("data/sub", "data/sub: --out is inside the data folder (data)")]
    [InlineData("notebooks", "notebooks: --out is the notebooks folder")]
    [InlineData("/", "/: --out contains the data folder (data)")]
    [InlineData(".", "{root}: --out contains the data folder (data)")]
    public async Task Run_and_export_refuse_an_out_overlapping_an_input(string outArg, string expectedStart)
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("fine");
        var inputs = Snapshot(project.Root);
        var expected = expectedStart.Replace("{root}", project.Root, StringComparison.Ordinal);

        foreach (var args in new[]
                 {
                     new[] { "run", notebook, "--data", "data", "--out", outArg, "--formats", "html" },
                     new[] { "export", "--data", "data", "--out", outArg, "--formats", "html" },
                 })
        {
            var outcome = await CorpusCli.RunAsync(project.Root, Limit, args);

            Assert.True(outcome.ExitCode == 1, outcome.ToString());
            Assert.Single(outcome.ErrorLines);
            Assert.StartsWith(expected + "; nothing was written", outcome.ErrorLines[0]);
            Assert.DoesNotContain("cells ran", outcome.Stdout, StringComparison.Ordinal);
            CorpusCli.AssertNoStackTrace(outcome);
            Assert.Equal(inputs, Snapshot(project.Root));
        }
    }

    [Fact]
    public async Task An_out_that_is_an_existing_file_is_refused_by_run_and_export()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("fine");
        File.WriteAllText(Path.Combine(project.Root, "taken"), "a file, not a folder\n");

        foreach (var args in new[] { new[] { "run", notebook, "--out", "taken", "--no-export" }, new[] { "export", "--formats", "html", "--out", "taken" } })
        {
            var outcome = await CorpusCli.RunAsync(project.Root, Limit, args);

            Assert.True(outcome.ExitCode == 1, outcome.ToString());
            Assert.Equal(["taken: --out is a file, not a folder; nothing was written"], outcome.ErrorLines);
            Assert.Equal("a file, not a folder\n", File.ReadAllText(Path.Combine(project.Root, "taken")));
            CorpusCli.AssertNoStackTrace(outcome);
        }
    }

    /// <summary>Every file of the project outside its output folder, with its content.</summary>
    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(root, "out") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
