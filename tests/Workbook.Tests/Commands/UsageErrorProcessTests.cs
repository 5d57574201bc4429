namespace Workbook.Tests.Commands;

/// <summary>Usage errors as a user meets them, from the built command in its own process (Program.cs's own setup:
/// terminal escaping, no help text after an error).</summary>
public sealed class UsageErrorProcessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Convert_of_a_file_that_is_not_a_notebook_is_one_located_line_and_exit_one()
    {
        var outcome = await CorpusCli.RunAsync(RepoPaths.Root, Limit, "convert", "README.md");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"{Path.Combine(RepoPaths.Root, "README.md")}: not a notebook; convert takes a .dib (Polyglot Notebooks) file"], outcome.ErrorLines);
        Assert.Equal("", outcome.Stdout);
        Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "README.ipynb")));
    }

    [Fact]
    public async Task Run_with_an_unknown_option_says_so_and_runs_nothing()
    {
        var outcome = await CorpusCli.RunAsync(RepoPaths.Root, Limit, "run", "--bogus");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["--bogus: unknown option of workbook run (see workbook run --help)"], outcome.ErrorLines);
        Assert.Equal("", outcome.Stdout);
    }
}
