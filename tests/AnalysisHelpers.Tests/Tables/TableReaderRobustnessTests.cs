using System.Diagnostics;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Tests.Tables;

/// <summary>Input that used to escape as an exception, or to load silently altered, is a located data error.</summary>
public class TableReaderRobustnessTests
{
    // Values starting with anything but "a" match at once; a run of "a" without a "b" makes a backtracking engine
    // try every way of splitting the run.
    private const string SlowPattern = "(a+)+b|[^a].*";

    private static readonly string SlowSchema = "{\n  \"fields\": [\n    { \"name\": \"note\", \"constraints\": { \"pattern\": \"" + SlowPattern + "\" } }\n  ]\n}";

    [Fact]
    public void Pattern_that_takes_too_long_is_reported_at_the_pattern_in_the_schema()
    {
        var csv = "note\nfine\n" + new string('a', 40) + "\nalso fine\n" + new string('a', 41) + "\n";
        var watch = Stopwatch.StartNew();
        var errors = TableFixture.Errors(csv, SlowSchema);
        watch.Stop();

        var error = Assert.Single(errors);
        var patternLine = SlowSchema.Split('\n')[2];
        Assert.Equal(("t.schema.json", 3, patternLine.IndexOf("\"(a+)", StringComparison.Ordinal) + 1, "note"), (error.File, error.Line, error.Column, error.Field));
        Assert.Contains("took longer than", error.Message);
        Assert.Contains("t.csv:3:1", error.Message);
        // The pattern is given up after its first time-out, not tried again on every later value.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Nul_character_in_text_is_rejected_where_it_stands()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,2,news,\"ab\0cd\"\n");
        Assert.Equal((2, 16, "note"), (error.Line, error.Column, error.Field));
        Assert.Contains("NUL", error.Message);
        Assert.Equal("ab\0cd", error.RawValue);
        Assert.DoesNotContain("\0", error.ToString());
    }

    [Fact]
    public void Nul_character_in_a_header_name_is_not_a_column_name()
    {
        var error = TableFixture.Errors("id,amo\0unt,deals,kind,note\n")[0];
        Assert.Equal((1, 4), (error.Line, error.Column));
        Assert.DoesNotContain("\0", error.ToString());
    }

    [Fact]
    public void Control_characters_in_a_quoted_value_are_escaped_in_the_message()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,\"\u001b[31mred\",2,news,\n");
        Assert.Equal("\u001b[31mred", error.RawValue);
        Assert.DoesNotContain("\u001b", error.ToString());
        Assert.Contains("\\u001B[31mred", error.ToString());
    }
}
