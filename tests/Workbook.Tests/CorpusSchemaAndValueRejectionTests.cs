using System.Text;
using System.Text.Json.Nodes;

namespace Workbook.Tests;

/// <summary><c>workbook check</c> on data whose schema or cells break the loader in ways the schema check alone did
/// not catch: each ends in one located line per problem, exit 1, no stack trace and nothing written.</summary>
public sealed class CorpusSchemaAndValueRejectionTests
{
    private const string SchemaFile = "data/claims.schema.json";

    /// <summary>Edits one field of the copied claims schema, then runs check and asserts exactly the expected lines
    /// (each expected line may name the schema location through <paramref name="expected"/>'s callback).</summary>
    private static async Task AssertRejectedAsync(Func<byte[], byte[]>? editClaims, Action<JsonObject>? editSchema, Func<string, string[]> expected)
    {
        using var project = new CorpusProject();
        project.AddData("base", editClaims);
        var schemaPath = Path.Combine(project.Data, "claims.schema.json");
        if (editSchema is not null)
        {
            var schema = JsonNode.Parse(File.ReadAllText(schemaPath))!.AsObject();
            editSchema(schema);
            File.WriteAllText(schemaPath, schema.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", project.Data);

        var lines = expected(File.ReadAllText(schemaPath));
        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal([.. lines, $"{lines.Length} problem{(lines.Length == 1 ? "" : "s")} found; nothing was written."], outcome.ErrorLines);
        Assert.Equal("", outcome.Stdout);
        CorpusCli.AssertNoStackTrace(outcome);
        project.AssertSentinelsIntact();
    }

    private static JsonObject Field(JsonObject schema, string name) =>
        schema["fields"]!.AsArray().Single(f => (string?)f!["name"] == name)!.AsObject();

    /// <summary>"line:column" of the first place <paramref name="text"/> stands after <paramref name="after"/>.</summary>
    private static string Where(string file, string text, string after = "")
    {
        int at = file.IndexOf(text, file.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at >= 0, "fixture: the text is in the file");
        int lineStart = file.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return $"{file[..at].Count(c => c == '\n') + 1}:{at - lineStart + 1}";
    }

    [Fact]
    public Task A_pattern_that_is_not_a_regular_expression_is_located_in_the_schema() =>
        AssertRejectedAsync(null, s => Field(s, "metric")["constraints"]!["pattern"] = "^[a-z][a-z0-9_*$",
            schema => [$"{SchemaFile}:{Where(schema, "\"^[a-z][a-z0-9_*$\"")}: metric: pattern is not a valid regular expression: Invalid pattern '^[a-z][a-z0-9_*$' at offset 16. Unterminated [] set."]);

    [Fact]
    public Task A_pattern_that_takes_too_long_is_located_in_the_schema_and_names_the_value() =>
        // Every note starts with a capital letter and matches at once; C019's note, a run of "a", does not.
        AssertRejectedAsync(
            claims => CorpusDataRejectionTests.ReplaceOnce(claims, "The source spells the model Quen."u8, Encoding.UTF8.GetBytes(new string('a', 40))),
            s => Field(s, "note")["constraints"]!["pattern"] = "(a+)+b|[A-Z].*",
            schema => [$"{SchemaFile}:{Where(schema, "\"(a+)+b|[A-Z].*\"")}: note: the pattern took longer than 1 s on the value at claims.csv:3:156; simplify it (other values of note may not have been checked against it)"]);

    [Fact]
    public Task A_field_declared_with_another_type_than_the_loader_reads_is_located_at_its_type() =>
        AssertRejectedAsync(null, s => Field(s, "value")["type"] = "string",
            schema => [$"{SchemaFile}:{Where(schema, "\"string\"", "\"value\"")}: value: this field is read as a number, but the schema declares it as string"]);

    [Fact]
    public Task A_field_missing_from_both_schema_and_file_is_named_at_the_field_list() =>
        AssertRejectedAsync(
            claims => Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(claims).Split('\n').Select(DropPeriod))),
            s => s["fields"]!.AsArray().Remove(Field(s, "period")),
            schema => [$"{SchemaFile}:{Where(schema, "[")}: period: the loader needs this field (a string), but the schema does not declare it"]);

    /// <summary>Removes the 13th of the 17 cells (period); none of the cells before it in the base case is quoted.</summary>
    private static string DropPeriod(string line)
    {
        if (line.Length == 0) return line;
        var cells = line.Split(',');
        return string.Join(',', cells.Take(12).Concat(cells.Skip(13)));
    }

    [Fact]
    public Task A_NUL_character_in_a_text_field_is_rejected_where_it_stands() =>
        // Line 3 is C019; its statement starts at column 111, so the character after "Alibaba's" is column 120.
        AssertRejectedAsync(claims => CorpusDataRejectionTests.ReplaceOnce(claims, "Alibaba's Qwen"u8, [.. "Alibaba's"u8, 0, .. " Qwen"u8]), null,
            _ => ["data/claims.csv:3:120: statement: text holds a NUL character (U+0000), which is not allowed (value: \"Alibaba's\\u0000 Qwen model first came out in 2023.\")"]);

    [Fact]
    public Task A_number_that_underflows_to_zero_is_rejected_at_its_cell() =>
        // Line 4 is C037; its value starts at column 91.
        AssertRejectedAsync(claims => CorpusDataRejectionTests.ReplaceOnce(claims, ",6000000,"u8, ",1e-400,"u8.ToArray()), null,
            _ => ["data/claims.csv:4:91: value: number is too small to store; it would be read as 0 (value: \"1e-400\")"]);

    [Fact]
    public Task A_source_line_beyond_any_article_is_rejected_at_its_cell() =>
        // Line 4 is C037; its source_line starts at column 40.
        AssertRejectedAsync(claims => CorpusDataRejectionTests.ReplaceOnce(claims, ",6,training_cost,DeepSeek,"u8, ",99999999999,training_cost,DeepSeek,"u8.ToArray()), null,
            _ => ["data/claims.csv:4:40: source_line: line number is larger than any article has (at most 2147483647) (value: \"99999999999\")"]);

    [Fact]
    public async Task A_schema_fault_in_the_full_data_folder_is_not_repeated_by_the_rules_across_tables()
    {
        using var project = new CorpusProject();
        var data = project.AddFullData("data");
        var schemaPath = Path.Combine(data, "claims.schema.json");
        var schema = JsonNode.Parse(File.ReadAllText(schemaPath))!.AsObject();
        Field(schema, "value")["type"] = "string";
        File.WriteAllText(schemaPath, schema.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var outcome = await CorpusCli.RunAsync(project.Root, TimeSpan.FromSeconds(60), "check", "--data", data);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Equal([$"{SchemaFile}:{Where(File.ReadAllText(schemaPath), "\"string\"", "\"value\"")}: value: this field is read as a number, but the schema declares it as string",
            "1 problem found; nothing was written."], outcome.ErrorLines);
        CorpusCli.AssertNoStackTrace(outcome);
    }
}
