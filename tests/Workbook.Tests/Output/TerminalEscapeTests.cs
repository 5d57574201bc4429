namespace Workbook.Tests.Output;

/// <summary>Control characters in the data reach the terminal written out (<c>\x1b</c>), never as the escape
/// sequences they would start: in check's summary and in its error lines.</summary>
public sealed class TerminalEscapeTests
{
    // check's summary names each source by its label (sources.csv, last column).
    private const string Label = ",IndexBox: Kai-Fu Lee";

    [Fact]
    public async Task Check_prints_an_escape_sequence_in_a_label_as_text()
    {
        using var project = new CorpusProject("out");
        var data = project.AddFullData("data");
        var sources = Path.Combine(data, "sources.csv");
        File.WriteAllText(sources, File.ReadAllText(sources).Replace(Label, ",\u001b[2J\u001b]0;owned\u0007Kai-Fu Lee", StringComparison.Ordinal));

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", "data", "--sources", RepoPaths.RequireArticles());

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains(@"\x1b[2J\x1b]0;owned\x07Kai-Fu Lee", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Stdout + outcome.Stderr, c => c is '\u001b' or '\u0007');
    }

    [Fact]
    public async Task An_error_line_prints_control_characters_of_a_path_as_text()
    {
        using var project = new CorpusProject("out");
        project.AddFullData("data");
        var notebook = Path.Combine("notebooks", "\u001b]0;owned\u0007\u009b2J.dib");

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "run", notebook, "--out", "out", "--no-export");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal([$"{Path.Combine(project.Root, "notebooks")}/\\x1b]0;owned\\x07\\x9b2J.dib: notebook not found"], outcome.ErrorLines);
        Assert.DoesNotContain(outcome.Stdout + outcome.Stderr, c => c is '\u001b' or '\u0007' or '\u009b');
        CorpusCli.AssertNoStackTrace(outcome);
    }
}
