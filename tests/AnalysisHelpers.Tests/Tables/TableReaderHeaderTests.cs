namespace AnalysisHelpers.Tests.Tables;

public class TableReaderHeaderTests
{
    [Fact]
    public void EmptyFileAsksForAHeader()
    {
        var error = TableFixture.OneError("");
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("file is empty", error.Message);
        Assert.Contains(TableFixture.Header, error.Message);
    }

    [Fact]
    public void HeaderOnlyIsATableWithNoRows()
    {
        var t = TableFixture.Read(TableFixture.Header + "\n");
        Assert.Equal(0, t.RowCount);
        Assert.Empty(t.Numbers("amount"));
    }

    [Fact]
    public void MissingColumnIsReportedOnTheHeaderLine()
    {
        var error = TableFixture.OneError("id,amount,deals,kind\na1,1,1,news\n");
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("missing column \"note\"", error.Message);
    }

    [Fact]
    public void ExtraColumnIsReportedWhereItStands()
    {
        var error = TableFixture.OneError(TableFixture.Header + ",extra\n");
        Assert.Equal((1, 27), (error.Line, error.Column));
        Assert.Contains("unknown column \"extra\"", error.Message);
    }

    [Fact]
    public void MisspeltColumnGetsAHint()
    {
        var errors = TableFixture.Errors("ID,amount,deals,kind,note\n");
        Assert.Contains(errors, e => e.Line == 1 && e.Column == 1 && e.Message.Contains("did you mean \"id\""));
    }

    [Fact]
    public void DuplicatedColumnIsReportedAtItsSecondPlace()
    {
        var error = TableFixture.OneError(TableFixture.Header + ",kind\n");
        Assert.Equal((1, 27), (error.Line, error.Column));
        Assert.Contains("\"kind\" appears twice (first at column 17)", error.Message);
    }

    [Fact]
    public void WrongFieldCountIsReportedForTheRow()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,1,news,\nb2,1\n");
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("row has 2 fields but the header has 5", error.Message);
    }

    [Fact]
    public void BlankLineBetweenRowsIsReported()
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1,1,news,\n\nb2,1,1,news,\n");
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("blank line", error.Message);
    }
}
