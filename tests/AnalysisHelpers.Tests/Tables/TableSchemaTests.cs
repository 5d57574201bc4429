using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Tests.Tables;

public class TableSchemaTests
{
    [Fact]
    public void Fields_constraints_and_keys_are_read()
    {
        var s = TableSchema.Parse(TableFixture.Schema, "t.schema.json");
        Assert.Equal(["id", "amount", "deals", "kind", "note"], s.Fields.Select(f => f.Name));
        Assert.Equal([FieldType.String, FieldType.Number, FieldType.Integer, FieldType.String, FieldType.String], s.Fields.Select(f => f.Type));
        Assert.True(s.Field("id")!.Constraints.Required);
        Assert.Equal(0, s.Field("amount")!.Constraints.Minimum);
        Assert.Equal(["news", "blog"], s.Field("kind")!.Constraints.Enum!);
        Assert.Equal(["id"], s.PrimaryKey);
    }

    [Theory]
    [InlineData("{ \"fields\": [ { \"name\": \"a\", \"type\": \"date\" } ] }", "type \"date\" is not supported")]
    [InlineData("{ \"fields\": [ { \"type\": \"string\" } ] }", "not a valid Table Schema")]
    [InlineData("{ \"fields\": [ { \"name\": 5 } ] }", "not a valid Table Schema")]
    [InlineData("{ \"fields\": [ { \"name\": \"a\" }, { \"name\": \"a\" } ] }", "declared twice")]
    [InlineData("{ \"fields\": [ { \"name\": \"a\" } ], \"primaryKey\": \"b\" }", "unknown field b")]
    [InlineData("{ \"columns\": [] }", "no \"fields\" array")]
    public void Bad_schema_is_a_validation_error(string json, string message)
    {
        var ex = Assert.Throws<DataValidationException>(() => TableSchema.Parse(json, "bad.schema.json"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("bad.schema.json", error.File);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Invalid_JSON_is_located()
    {
        var ex = Assert.Throws<DataValidationException>(() => TableSchema.Parse("{\n  \"fields\": [,]\n}", "bad.schema.json"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("not valid JSON", error.Message);
    }
}
