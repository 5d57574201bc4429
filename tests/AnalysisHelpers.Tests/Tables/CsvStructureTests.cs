namespace AnalysisHelpers.Tests.Tables;

/// <summary>The CSV the loader accepts (RFC 4180, read by Sep) and the places of the structural problems it rejects.</summary>
public class CsvStructureTests
{
    private const string FourText = """{ "fields": [ { "name": "a" }, { "name": "b" }, { "name": "c" }, { "name": "d" } ] }""";
    private const string OneText = """{ "fields": [ { "name": "a" } ] }""";

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_newlines()
    {
        var t = TableFixture.Read("a,b,c,d\nx,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z,w\n", FourText);
        Assert.Equal(["b, c", "y"], t.Strings("b"));
        Assert.Equal(["say \"hi\"", "z"], t.Strings("c"));
        Assert.Equal(["two\nlines", "w"], t.Strings("d"));
        Assert.Equal([2, 4], t.RowLines);
    }

    [Fact]
    public void CRLF_line_ends_are_not_part_of_the_last_field()
    {
        var t = TableFixture.Read("a,b,c,d\r\n1,2,3,\"4\"\r\n5,6,7,8\r\n", FourText);
        Assert.Equal(["4", "8"], t.Strings("d"));
    }

    [Fact]
    public void CRLF_inside_quotes_becomes_LF()
    {
        var t = TableFixture.Read("a\r\n\"one\r\ntwo\"\r\n", OneText);
        Assert.Equal(["one\ntwo"], t.Strings("a"));
    }

    [Fact]
    public void Cells_after_a_line_break_in_quotes_are_located_on_their_own_line()
    {
        const string schema = """{ "fields": [ { "name": "a" }, { "name": "b" }, { "name": "n", "type": "integer" } ] }""";
        var error = TableFixture.OneError("a,b,n\n\"x\ny\",é,z\n", schema);
        Assert.Equal((3, 6, "n"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void Unclosed_quote_is_a_problem_at_the_opening_quote()
    {
        var errors = TableFixture.Errors("a,b,c,d\n1,2,3,4\nc,\"never closed\n", FourText);
        var error = errors[0];
        Assert.Contains("not closed", error.Message);
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Text_after_closing_quote_is_a_problem_where_the_text_starts()
    {
        var error = TableFixture.Errors("a,b,c,d\n\"a\"b,c,d,e\n", FourText)[0];
        Assert.Contains("after a closing quote", error.Message);
        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Quote_inside_an_unquoted_field_is_a_problem_at_the_quote()
    {
        var error = TableFixture.Errors("a,b,c,d\n1,2,x\"y\",4\n", FourText)[0];
        Assert.Contains("a quote inside an unquoted field", error.Message);
        Assert.Equal((2, 6), (error.Line, error.Column));
    }

    [Fact]
    public void Quoted_header_names_are_unquoted()
    {
        var t = TableFixture.Read("\"a\",b,\"c\",d\n1,2,3,4\n", FourText);
        Assert.Equal(["4"], t.Strings("d"));
    }

    [Fact]
    public void Lone_carriage_return_ends_a_line_as_in_other_tools()
    {
        var error = TableFixture.OneError("a,b,c,d\r1,2,3,4\r5,6\r", FourText);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("row has 2 fields", error.Message);
    }
}
