using System.Text;
using System.Text.Json.Nodes;

namespace Workbook.Tests;

/// <summary>A claim whose statement is 12 million characters. The shipped schema caps statement at 500 characters, so
/// the row is rejected at its cell and the error quotes only the start of the value; a schema without the cap loads
/// it without trouble. A row longer than the CSV reader (Sep) holds, 16,777,216 characters, is a located error.</summary>
public sealed class CorpusLongFieldTests
{
    private const int Length = 12_000_000;
    private const string ShortStatement = "Alibaba's Qwen model first came out in 2023.";

    private static readonly Lazy<string> LongStatement = new(() =>
    {
        var text = new StringBuilder(Length + 32);
        while (text.Length < Length) text.Append("Qwen came out in 2023. ");
        return text.ToString(0, Length);
    });

    private static byte[] WithLongStatement(byte[] claims) =>
        CorpusDataRejectionTests.ReplaceOnce(claims, Encoding.UTF8.GetBytes(ShortStatement), Encoding.UTF8.GetBytes(LongStatement.Value));

    [Fact]
    public async Task A_row_longer_than_the_reader_holds_is_rejected_at_its_first_line()
    {
        using var project = new CorpusProject();
        project.AddData("base", claims => CorpusDataRejectionTests.ReplaceOnce(claims, Encoding.UTF8.GetBytes(ShortStatement),
            Encoding.UTF8.GetBytes(new string('x', 17_000_000))));
        SetStatementMaxLength(project, null);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 1, outcome.ToString()[..Math.Min(2000, outcome.ToString().Length)]);
        Assert.Equal(
            ["data/claims.csv:3:1: row is longer than 16,777,216 characters, the most the CSV reader takes (a quote left open makes the rest of the file one row)",
             "1 problem found; nothing was written."],
            outcome.ErrorLines);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }

    [Fact]
    public async Task A_statement_of_twelve_million_characters_loads_when_the_schema_sets_no_maximum()
    {
        using var project = new CorpusProject();
        project.AddData("base", WithLongStatement);
        SetStatementMaxLength(project, null);

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.StartsWith("Data OK: 6 claims", outcome.Stdout);
        Assert.True(outcome.Stdout.Length < 10_000, "the summary does not print statements");
        Assert.Equal("", outcome.Stderr);
    }

    private static void SetStatementMaxLength(CorpusProject project, int? maxLength)
    {
        var schemaPath = Path.Combine(project.Data, "claims.schema.json");
        var schema = JsonNode.Parse(File.ReadAllText(schemaPath))!;
        var statement = schema["fields"]!.AsArray().Single(f => (string?)f!["name"] == "statement")!;
        var constraints = statement["constraints"]!.AsObject();
        if (maxLength is int max) constraints["maxLength"] = max;
        else constraints.Remove("maxLength");
        File.WriteAllText(schemaPath, schema.ToJsonString());
    }

    [Fact]
    public async Task The_shipped_schema_rejects_it_at_its_cell_quoting_only_the_start_of_the_value()
    {
        using var project = new CorpusProject();
        project.AddData("base", WithLongStatement);
        var limit = (int)JsonNode.Parse(File.ReadAllText(Path.Combine(project.Data, "claims.schema.json")))!["fields"]!.AsArray()
            .Single(f => (string?)f!["name"] == "statement")!["constraints"]!["maxLength"]!;

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        Assert.True(outcome.ExitCode == 1, outcome.ToString()[..Math.Min(2000, outcome.ToString().Length)]);
        // Line 3 is C019; its statement starts at column 111.
        var shown = LongStatement.Value[..80] + $"… ({Length} characters)";
        Assert.Equal(
            [$"data/claims.csv:3:111: statement: value is longer than {limit} characters ({Length}) (value: \"{shown}\")", "1 problem found; nothing was written."],
            outcome.ErrorLines);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }
}
