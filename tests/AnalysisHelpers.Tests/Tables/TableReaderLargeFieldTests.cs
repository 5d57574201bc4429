using System.Diagnostics;
using System.Text;

namespace AnalysisHelpers.Tests.Tables;

public class TableReaderLargeFieldTests
{
    [Fact]
    public void FieldOfSeveralMegabytesIsReadWhole()
    {
        var big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) big.Append("line ").Append(i).Append(", \"\"quoted\"\"\n");
        var text = big.ToString();
        var csv = TableFixture.Header + "\na1,1,2,news,\"" + text + "\"\nb2,oops,3,blog,\n";
        Assert.True(csv.Length > 2_000_000);

        var watch = Stopwatch.StartNew();
        var errors = TableFixture.Errors(csv);
        watch.Stop();

        var error = Assert.Single(errors);
        Assert.Equal((100_003, 4, "amount"), (error.Line, error.Column, error.Field));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");

        var t = TableFixture.Read(csv.Replace("b2,oops", "b2,7"));
        Assert.Equal(text.Replace("\"\"", "\""), t.Strings("note")[0]);
    }

    [Fact]
    public void LongValueIsShortenedInTheErrorText()
    {
        var cell = new string('x', 500);
        var error = TableFixture.OneError(TableFixture.Header + "\na1," + cell + ",1,news,\n");
        Assert.Equal(cell, error.RawValue);
        Assert.Contains("(500 characters)", error.ToString());
        Assert.True(error.ToString().Length < 300);
    }
}
