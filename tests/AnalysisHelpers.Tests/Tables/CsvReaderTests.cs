using System.Text;
using AnalysisHelpers.Tables;

namespace AnalysisHelpers.Tests.Tables;

public class CsvReaderTests
{
    private static CsvReader Reader(string text) => new(CsvDocument.FromBytes("t.csv", Encoding.UTF8.GetBytes(text)));

    private static List<string> Row(CsvReader r)
    {
        Assert.True(r.ReadRow());
        return Enumerable.Range(0, r.FieldCount).Select(r.GetString).ToList();
    }

    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndNewlines()
    {
        var r = Reader("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z,w\n");
        Assert.Equal(["a", "b, c", "say \"hi\"", "two\nlines"], Row(r));
        Assert.Equal(["x", "y", "z", "w"], Row(r));
        Assert.Equal(3, r.RowLine);
        Assert.False(r.ReadRow());
    }

    [Fact]
    public void CrlfLineEndsAreNotPartOfTheLastField()
    {
        var r = Reader("a,b\r\n1,\"2\"\r\n");
        Assert.Equal(["a", "b"], Row(r));
        Assert.Equal(["1", "2"], Row(r));
        Assert.False(r.ReadRow());
    }

    [Fact]
    public void CrlfInsideQuotesBecomesLf()
    {
        var r = Reader("\"one\r\ntwo\"\r\n");
        Assert.Equal(["one\ntwo"], Row(r));
    }

    [Fact]
    public void FieldColumnsCountCharactersOnTheFieldsOwnLine()
    {
        var r = Reader("\"x\ny\",é,z\n");
        Row(r);
        Assert.Equal((1, 1), (r.FieldLine(0), r.FieldColumn(0)));
        Assert.Equal((2, 4), (r.FieldLine(1), r.FieldColumn(1)));
        Assert.Equal((2, 6), (r.FieldLine(2), r.FieldColumn(2)));
    }

    [Fact]
    public void UnclosedQuoteIsAProblemAtTheOpeningQuote()
    {
        var r = Reader("a,b\nc,\"never closed\n");
        Row(r);
        Row(r);
        Assert.Contains("not closed", r.RowProblem);
        Assert.Equal((2, 3), (r.RowProblemLine, r.RowProblemColumn));
    }

    [Fact]
    public void TextAfterClosingQuoteIsAProblem()
    {
        var r = Reader("\"a\"b,c\n");
        Row(r);
        Assert.Contains("after a closing quote", r.RowProblem);
        Assert.Equal((1, 4), (r.RowProblemLine, r.RowProblemColumn));
    }
}
