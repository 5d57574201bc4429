namespace AnalysisHelpers.Tests.Tables;

public class TableReaderManyProblemsTests
{
    // Line numbers on the right; the note on line 3 runs on to line 4.
    private const string Csv =
        "id,amount,deals,kind,note\n" +      // 1
        "a1,1.5,3,news,ok\n" +                // 2
        "B2,abc,4,blog,\"multi\n" +           // 3
        "line note\"\n" +                     // 4
        "c3,2,x,tweet,fine\n" +               // 5
        "d4,1\n" +                            // 6
        "a1,NaN,5,news,\"say \"\"hi\"\"\"\n" + // 7
        ",1,1,blog,\n";                       // 8

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_place()
    {
        var errors = TableFixture.Errors(Csv);
        var expected = new (int Line, int Column, string? Field)[]
        {
            (3, 1, "id"),      // pattern
            (3, 4, "amount"),  // not a number
            (5, 6, "deals"),   // not a whole number
            (5, 8, "kind"),    // not in the enum
            (6, 1, null),      // two fields instead of five
            (7, 4, "amount"),  // NaN
            (7, 1, "id"),      // primary key repeats line 2
            (8, 1, "id"),      // required
        };
        Assert.Equal(expected, errors.Select(e => (e.Line, e.Column, e.Field)));
        Assert.All(errors, e => Assert.Equal("t.csv", e.File));
        Assert.Contains("repeats the row on line 2", errors[6].Message);
    }

    [Fact]
    public void Exception_message_lists_every_problem_with_its_place()
    {
        var ex = Assert.Throws<AnalysisHelpers.Tables.DataValidationException>(() => TableFixture.Read(Csv));
        Assert.StartsWith("8 data problems found:", ex.Message);
        Assert.Contains("t.csv:5:8: kind: value is not one of: news, blog (value: \"tweet\")", ex.Message);
        Assert.Contains("t.csv:6:1: row has 2 fields but the header has 5", ex.Message);
    }
}
