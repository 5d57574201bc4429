namespace AnalysisHelpers.Tests.Tables;

public class TableReaderConstraintTests
{
    private const string UniqueSchema = """{ "fields": [ { "name": "code", "constraints": { "unique": true } }, { "name": "n", "type": "integer" } ] }""";
    private const string PairKeySchema = """{ "fields": [ { "name": "a" }, { "name": "b" } ], "primaryKey": ["a", "b"] }""";

    [Fact]
    public void Value_outside_enum_is_reported()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,2,tweet,\n");
        Assert.Equal((2, 8, "kind", "tweet"), (error.Line, error.Column, error.Field, error.RawValue));
        Assert.Contains("not one of: news, blog", error.Message);
    }

    [Fact]
    public void Pattern_must_match_the_whole_value()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1x,1,2,news,\n");
        Assert.Equal((2, 1, "id"), (error.Line, error.Column, error.Field));
        Assert.Contains("does not match the pattern", error.Message);
    }

    [Fact]
    public void Required_value_may_not_be_empty()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\n,1,2,news,\n");
        Assert.Equal((2, 1, "id"), (error.Line, error.Column, error.Field));
        Assert.Equal("value is required", error.Message);
    }

    [Fact]
    public void Number_below_minimum_is_reported()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,-1,2,news,\n");
        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Contains("below the minimum 0", error.Message);
    }

    [Fact]
    public void Repeated_unique_value_names_the_line_it_first_appeared_on()
    {
        var error = TableFixture.OneError("code,n\nx,1\ny,2\nx,3\n", UniqueSchema);
        Assert.Equal((4, 1, "code", "x"), (error.Line, error.Column, error.Field, error.RawValue));
        Assert.Contains("already appears on line 2", error.Message);
    }

    [Fact]
    public void Repeated_primary_key_is_reported_at_the_key_cell()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,2,news,\nb2,1,2,news,\na1,3,4,blog,\n");
        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Contains("primary key (id) = (a1) repeats the row on line 2", error.Message);
    }

    [Fact]
    public void Composite_key_repeats_only_when_all_parts_repeat()
    {
        var error = TableFixture.OneError("a,b\n1,x\n1,y\n2,x\n1,x\n", PairKeySchema);
        Assert.Equal((5, 1), (error.Line, error.Column));
        Assert.Contains("(a, b) = (1, x) repeats the row on line 2", error.Message);
    }

    [Fact]
    public void Primary_key_part_may_not_be_empty()
    {
        var error = TableFixture.OneError("a,b\n1,\n", PairKeySchema);
        Assert.Equal((2, 3, "b"), (error.Line, error.Column, error.Field));
        Assert.Contains("primary key", error.Message);
    }

    [Fact]
    public void Unique_key_field_is_reported_once()
    {
        const string schema = """{ "fields": [ { "name": "code", "constraints": { "unique": true } } ], "primaryKey": "code" }""";
        var error = TableFixture.OneError("code\nx\nx\n", schema);
        Assert.Equal((3, 1), (error.Line, error.Column));
    }
}
