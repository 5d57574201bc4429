namespace Workbook.Tests.Commands;

/// <summary>Usage errors as a user meets them, from the built command in its own process (Program.cs's own setup:
/// terminal escaping, no help text after an error).</summary>
public sealed class UsageErrorProcessTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ConvertOfAFileThatIsNotANotebookIsOneLocatedLineAndExitOne()
    {
        var outcome = await CorpusCli.RunAsync(RepoRoot.Path, Limit, "convert", "README.md");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"{Path.Combine(RepoRoot.Path, "README.md")}: not a notebook; convert takes a .dib (Polyglot Notebooks) file"], outcome.ErrorLines);
        Assert.Equal("", outcome.Stdout);
        Assert.False(File.Exists(Path.Combine(RepoRoot.Path, "README.ipynb")));
    }

    [Fact]
    public async Task RunWithAnUnknownOptionSaysSoAndRunsNothing()
    {
        var outcome = await CorpusCli.RunAsync(RepoRoot.Path, Limit, "run", "--bogus");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["--bogus: unknown option of workbook run (see workbook run --help)"], outcome.ErrorLines);
        Assert.Equal("", outcome.Stdout);
    }
}
