namespace Workbook.Tests;

/// <summary><c>workbook run</c> validates the data before it runs or writes anything: with bad data it prints the
/// same located errors as check, exits 1, and the output folder holds exactly what it held before.</summary>
public sealed class CorpusRunRefusalTests
{
    private static async Task<CorpusCli.Outcome> RunOnAsync(CorpusProject project, string corpusCase)
    {
        project.AddData(corpusCase);
        var notebook = project.AddNotebook("fine");
        project.WriteSentinel("fine.ipynb", "{\"cells\": [], \"metadata\": {\"previous\": true}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        var before = project.OutputFiles();

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(120),
            "run", notebook, "--data", project.Data, "--out", project.Out, "--formats", "html");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal(before, project.OutputFiles());
        project.AssertSentinelsIntact();
        CorpusCli.AssertNoStackTrace(outcome);
        Assert.DoesNotContain("cells ran", outcome.Stdout, StringComparison.Ordinal);
        return outcome;
    }

    [Fact]
    public async Task NaN_in_the_data_stops_run_before_any_notebook_or_output()
    {
        using var project = new CorpusProject("out");

        var outcome = await RunOnAsync(project, "nan");

        Assert.Equal(
            ["data/claims.csv:4:91: value: NaN and infinity are not allowed; leave the cell empty if the value is unknown (value: \"NaN\")",
             "1 problem found; nothing was written."],
            outcome.ErrorLines);
    }

    [Fact]
    public async Task Several_defects_are_all_listed_by_run_before_it_stops()
    {
        using var project = new CorpusProject("out");

        var outcome = await RunOnAsync(project, "several-defects");

        Assert.Contains("data/claims.csv:4:91: value: not a number (value: \"six million\")", outcome.ErrorLines);
        Assert.Contains("data/claims.csv:7:1: claim_id: value must be unique but already appears on line 6 (value: \"C055\")", outcome.ErrorLines);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("data/claims.csv:7:75: unit: value is not one of: ", StringComparison.Ordinal));
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("data/claims.csv:3:6: source_id: no row in ", StringComparison.Ordinal));
        Assert.Equal("4 problems found; nothing was written.", outcome.ErrorLines[^1]);
    }
}
