using System.Diagnostics;
using System.Text;

namespace AnalysisHelpers.Tests.Tables;

public class TableReaderLargeFieldTests
{
    [Fact]
    public void Field_of_several_megabytes_is_read_whole()
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
    public void Long_value_is_shortened_in_the_error_text()
    {
        var cell = new string('x', 500);
        var error = TableFixture.OneError(TableFixture.Header + "\na1," + cell + ",1,news,\n");
        Assert.Equal(cell, error.RawValue);
        Assert.Contains("(500 characters)", error.ToString());
        Assert.True(error.ToString().Length < 300);
    }
}

/// <summary>A file large enough to be read by several threads at once gives the same table and the same error places
/// as a small one.</summary>
public class TableReaderParallelTests
{
    [Fact]
    public void Lines_and_columns_stay_right_when_rows_are_read_in_parallel()
    {
        var csv = new StringBuilder(TableFixture.Header + "\n");
        int line = 2;
        var expected = new List<(int Line, int Column)>();
        for (int i = 0; i < 120_000; i++)
        {
            bool twoLines = i % 1000 == 7;
            bool bad = i % 20_000 == 19_999;
            string note = twoLines ? "\"first line, of two\nsecond line\"" : "one line of text that is long enough";
            if (bad) expected.Add((line, $"r{i},".Length + 1));
            csv.Append('r').Append(i).Append(',').Append(bad ? "x" : "1.5").Append(",3,news,").Append(note).Append('\n');
            line += twoLines ? 2 : 1;
        }
        Assert.True(csv.Length > 5 << 20, "the file is read in parallel");

        var schema = TableFixture.Schema.Replace("[a-z]+[0-9]", "[a-z]+[0-9]+");
        var errors = TableFixture.Errors(csv.ToString(), schema);
        Assert.Equal(expected, errors.Select(e => (e.Line, e.Column)));
        Assert.All(errors, e => Assert.Equal("amount", e.Field));

        var t = TableFixture.Read(csv.ToString().Replace(",x,", ",2,"), schema);
        Assert.Equal(120_000, t.RowCount);
        Assert.Equal("first line, of two\nsecond line", t.Strings("note")[7]);
        // Row 1008 starts on line 2 + 1008, plus one for each of rows 7 and 1007, which take two lines.
        Assert.Equal((1_012, 7), t.Locate(1_008, "amount"));
    }
}
