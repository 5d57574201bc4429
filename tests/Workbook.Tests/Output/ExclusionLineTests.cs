namespace Workbook.Tests.Output;

/// <summary>A line number too large for the reader in coverage_exclusions.csv is a located data error, as it is in
/// claims.csv, not an overflow.</summary>
public sealed class ExclusionLineTests
{
    [Fact]
    public async Task An_exclusion_line_beyond_the_largest_integer_is_reported_at_its_cell()
    {
        using var project = new CorpusProject("out");
        var data = project.AddFullData("data");
        var exclusions = Path.Combine(data, "coverage_exclusions.csv");
        var lines = File.ReadAllLines(exclusions);
        var fields = lines[1].Split(',');
        fields[1] = "99999999999";
        lines[1] = string.Join(',', fields);
        File.WriteAllLines(exclusions, lines);
        var column = fields[0].Length + 2;

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", "data");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal([$"data/coverage_exclusions.csv:2:{column}: source_line: line number is larger than any article has (at most 2147483647) (value: \"99999999999\")",
                      "1 problem found; nothing was written."], outcome.ErrorLines);
        CorpusCli.AssertNoStackTrace(outcome);
    }
}
