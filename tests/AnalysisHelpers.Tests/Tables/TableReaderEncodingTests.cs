using System.Text;

namespace AnalysisHelpers.Tests.Tables;

public class TableReaderEncodingTests
{
    [Fact]
    public void Non_UTF8_byte_is_reported_at_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes(TableFixture.Header + "\na1,1,2,news,caf")
            .Append((byte)0xE9).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var error = Assert.Single(TableFixture.ErrorsOfBytes(bytes));
        Assert.Equal((2, 16), (error.Line, error.Column));
        Assert.Contains("0xE9", error.Message);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Every_bad_byte_is_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("id,amount,deals,kind,note\n")
            .Concat(new byte[] { 0xFF, (byte)',', (byte)'\n', (byte)'a', 0xC3, (byte)'\n' }).ToArray();
        var errors = TableFixture.ErrorsOfBytes(bytes);
        Assert.Equal([(2, 1), (3, 2)], errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var error = TableFixture.OneError("note,id,amount,deals,kind\nété,a1,x,2,news\n");
        Assert.Equal((2, 8, "amount"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void Non_ASCII_text_is_read_intact()
    {
        var t = TableFixture.Read(TableFixture.Header + "\na1,1,2,news,DeepSeek’s 深度求索\n");
        Assert.Equal("DeepSeek’s 深度求索", t.Strings("note")[0]);
    }
}
