namespace AnalysisHelpers.Tests.Tables;

public class TableReaderHeaderTests
{
    [Fact]
    public void Empty_file_asks_for_a_header()
    {
        var error = TableFixture.OneError("");
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("file is empty", error.Message);
        Assert.Contains(TableFixture.Header, error.Message);
    }

    [Fact]
    public void Header_only_is_a_table_with_no_rows()
    {
        var t = TableFixture.Read(TableFixture.Header + "\n");
        Assert.Equal(0, t.RowCount);
        Assert.Empty(t.Numbers("amount"));
    }

    [Fact]
    public void Missing_column_is_reported_on_the_header_line()
    {
        var error = TableFixture.OneError("id,amount,deals,kind\na1,1,1,news\n");
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("missing column \"note\"", error.Message);
    }

    [Fact]
    public void Extra_column_is_reported_where_it_stands()
    {
        var error = TableFixture.OneError(TableFixture.Header + ",extra\n");
        Assert.Equal((1, 27), (error.Line, error.Column));
        Assert.Contains("unknown column \"extra\"", error.Message);
    }

    [Fact]
    public void Misspelt_column_gets_a_hint()
    {
        var errors = TableFixture.Errors("ID,amount,deals,kind,note\n");
        Assert.Contains(errors, e => e.Line == 1 && e.Column == 1 && e.Message.Contains("did you mean \"id\""));
    }

    [Fact]
    public void Duplicated_column_is_reported_at_its_second_place()
    {
        var error = TableFixture.OneError(TableFixture.Header + ",kind\n");
        Assert.Equal((1, 27), (error.Line, error.Column));
        Assert.Contains("\"kind\" appears twice (first at column 17)", error.Message);
    }

    [Fact]
    public void Wrong_field_count_is_reported_for_the_row()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,1,news,\nb2,1\n");
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("row has 2 fields but the header has 5", error.Message);
    }

    [Fact]
    public void Blank_line_between_rows_is_reported()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,1,news,\n\nb2,1,1,news,\n");
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("blank line", error.Message);
    }
}
