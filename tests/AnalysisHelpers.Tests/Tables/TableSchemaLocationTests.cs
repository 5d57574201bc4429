using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Tests.Tables;

/// <summary>A fault in a schema is reported where it stands in the schema file (line and character column of the
/// offending JSON value), not at 1:1 and never as an exception from the regex engine or the JSON reader.</summary>
public class TableSchemaLocationTests
{
    private static DataValidationError OneError(string json) =>
        Assert.Single(Assert.Throws<DataValidationException>(() => TableSchema.Parse(json, "t.schema.json")).Errors);

    /// <summary>The 1-based line and column where <paramref name="text"/> first stands in <paramref name="json"/>.</summary>
    private static (int Line, int Column) Where(string json, string text)
    {
        int at = json.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, "fixture: the text is in the schema");
        int lineStart = json.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (json[..at].Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    private const string WithPattern = """
        {
          "fields": [
            { "name": "id" },
            { "name": "code", "constraints": { "required": true, "pattern": "[0-9" } }
          ]
        }
        """;

    [Fact]
    public void Pattern_that_is_not_a_regular_expression_is_located_at_the_pattern()
    {
        var error = OneError(WithPattern);
        Assert.Equal(("t.schema.json", "code"), (error.File, error.Field));
        Assert.Equal(Where(WithPattern, "\"[0-9\""), (error.Line, error.Column));
        Assert.Contains("pattern is not a valid regular expression", error.Message);
        Assert.Contains("Unterminated [] set", error.Message);
    }

    [Fact]
    public void Unsupported_type_is_located_at_the_type()
    {
        const string json = "{\n  \"fields\": [\n    { \"name\": \"a\" },\n    { \"name\": \"b\", \"type\": \"date\" }\n  ]\n}";
        var error = OneError(json);
        Assert.Equal(Where(json, "\"date\""), (error.Line, error.Column));
        Assert.Contains("type \"date\" is not supported", error.Message);
    }

    [Fact]
    public void Field_without_a_name_is_located_at_the_field()
    {
        const string json = "{\n  \"fields\": [\n    { \"name\": \"a\" },\n    { \"type\": \"string\" }\n  ]\n}";
        var error = OneError(json);
        Assert.Equal(Where(json, "{ \"type\""), (error.Line, error.Column));
    }

    [Fact]
    public void Field_declared_twice_is_located_at_its_second_name()
    {
        const string json = "{ \"fields\": [ { \"name\": \"a\" },\n { \"name\": \"a\" } ] }";
        var error = OneError(json);
        Assert.Equal((2, 12), (error.Line, error.Column));
        Assert.Contains("declared twice", error.Message);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        const string json = "{ \"fields\": [ { \"name\": \"é\", \"title\": \"深度\", \"type\": \"bool\" } ] }";
        var error = OneError(json);
        Assert.Equal(Where(json, "\"bool\""), (error.Line, error.Column));
    }
}
