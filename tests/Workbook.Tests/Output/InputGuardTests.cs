namespace Workbook.Tests.Output;

/// <summary>A run fails when its inputs change while it runs, wherever they are and whoever changes them, and when a
/// notebook writes the project's git configuration, where a line runs a command at the next git call.</summary>
public sealed class InputGuardTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_detached_process_that_edits_the_data_during_the_run_fails_it_and_nothing_is_written()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("The notebook detaches its editor with setsid; Linux only.");
        using var project = new CorpusProject("out");
        var notebook = project.AddNotebook("edits-data-later");
        // Outside the project, where the notebooks' write watch does not look: only the hashes taken before and after
        // the run see the change.
        var data = RepoPaths.CopyData();
        try
        {
            var outcome = await CorpusCli.RunAsync(project.Root, Limit, "run", notebook, "--data", data, "--out", "out", "--no-export");

            Assert.True(outcome.ExitCode == 1, outcome.ToString());
            Assert.Equal([$"{Path.Combine(data, "claims.csv")}: input changed during the run",
                          "The outputs were not updated: they would describe inputs that are no longer there."], outcome.ErrorLines);
            CorpusCli.AssertNoStackTrace(outcome);
            Assert.False(File.Exists(Path.Combine(project.Out, "edits-data-later.ipynb")), "no output of the run is kept");
            project.AssertSentinelsIntact();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_notebook_that_appends_to_the_git_config_fails_the_run_at_its_cell()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = project.AddNotebook("edits-git-config");
        Directory.CreateDirectory(Path.Combine(project.Root, ".git"));
        File.WriteAllText(Path.Combine(project.Root, ".git", "config"), "[core]\n\tbare = false\n");

        var outcome = await CorpusCli.RunAsync(project.Root, Limit, "run", notebook, "--out", "out", "--no-export");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        // Line 11 is the cell's code; cell 1 is the markdown cell.
        Assert.Equal("notebooks/edits-git-config.dib:11:1: cell 2: cell 2 wrote outside the output folder: .git/config", outcome.ErrorLines[0]);
        CorpusCli.AssertNoStackTrace(outcome);
        Assert.False(File.Exists(Path.Combine(project.Out, "edits-git-config.ipynb")), "a failed notebook leaves no page of a good run");
    }
}
