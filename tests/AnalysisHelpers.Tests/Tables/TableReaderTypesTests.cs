using System.Text;

namespace AnalysisHelpers.Tests.Tables;

public class TableReaderTypesTests
{
    private const string Good = TableFixture.Header + "\n" +
        "a1,1.5,3,news,hello\n" +
        "b2,,,,\n" +
        "c3,2e3,-7,blog,\"x, y\"\n";

    [Fact]
    public void Cells_are_typed_as_the_schema_declares()
    {
        var t = TableFixture.Read(Good);
        Assert.Equal(3, t.RowCount);
        Assert.Equal(["a1", "b2", "c3"], t.Strings("id"));
        Assert.Equal([1.5, null, 2000.0], t.Numbers("amount"));
        Assert.Equal([3L, null, -7L], t.Integers("deals"));
        Assert.Equal(["news", null, "blog"], t.Strings("kind"));
        Assert.Equal(["hello", null, "x, y"], t.Strings("note"));
        Assert.Equal([2, 3, 4], t.RowLines);
    }

    [Fact]
    public void Byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Good)).ToArray();
        var t = TableFixture.ReadBytes(bytes);
        Assert.Equal(["a1", "b2", "c3"], t.Strings("id"));
    }

    [Fact]
    public void CRLF_file_reads_like_LF_file()
    {
        var t = TableFixture.Read(Good.Replace("\n", "\r\n"));
        Assert.Equal(["hello", null, "x, y"], t.Strings("note"));
        Assert.Equal([3L, null, -7L], t.Integers("deals"));
    }

    [Fact]
    public void Quoted_newlines_keep_later_line_numbers_right()
    {
        var csv = TableFixture.Header + "\n" +
            "a1,1,1,news,\"first\nsecond\nthird\"\n" +
            "b2,1,1,news,\"say \"\"hi\"\"\"\n" +
            "c3,-1,1,news,\n";
        var error = TableFixture.OneError(csv);
        var notes = TableFixture.Read(csv.Replace("c3,-1", "c3,1")).Strings("note");
        Assert.Equal("first\nsecond\nthird", notes[0]);
        Assert.Equal("say \"hi\"", notes[1]);
        Assert.Equal((6, 4, "amount"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var t = TableFixture.Read("note,kind,deals,amount,id\nhi,blog,4,0.5,z9\n");
        Assert.Equal(["z9"], t.Strings("id"));
        Assert.Equal([0.5], t.Numbers("amount"));
        var error = TableFixture.OneError("note,kind,deals,amount,id\nhi,blog,4,-2,z9\n");
        Assert.Equal((2, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Row_location_is_found_again_from_the_table()
    {
        var t = TableFixture.Read(Good);
        Assert.Equal((4, 4), t.Locate(2, "amount"));
        var e = t.ErrorAt(2, "deals", "checked");
        Assert.Equal(("t.csv", 4, 8, "deals"), (e.File, e.Line, e.Column, e.Field));
    }
}
