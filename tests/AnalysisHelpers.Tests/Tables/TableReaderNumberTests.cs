namespace AnalysisHelpers.Tests.Tables;

public class TableReaderNumberTests
{
    private static Cell AmountError(string cell)
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1," + cell + ",1,news,\n");
        Assert.Equal((2, 4, "amount"), (error.Line, error.Column, error.Field));
        return new Cell(error.Message, error.RawValue);
    }

    [Fact]
    public void Text_in_a_number_column_is_not_a_number()
    {
        Assert.Equal(new Cell("not a number", "abc"), AmountError("abc"));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-inf")]
    public void NaN_and_infinity_are_rejected(string cell)
    {
        Assert.Contains("NaN and infinity are not allowed", AmountError(cell).Message);
    }

    [Fact]
    public void Thousands_separators_are_rejected()
    {
        var cell = AmountError("\"1,000\"");
        Assert.Contains("thousands separators", cell.Message);
        Assert.Equal("1,000", cell.Raw);
    }

    [Fact]
    public void Decimal_comma_is_rejected()
    {
        Assert.Contains("decimal point", AmountError("\"1,5\"").Message);
    }

    [Fact]
    public void Leading_plus_is_rejected()
    {
        Assert.Contains("leading plus", AmountError("+5").Message);
    }

    [Fact]
    public void Surrounding_spaces_are_rejected()
    {
        Assert.Contains("leading or trailing spaces", AmountError(" 5").Message);
    }

    [Fact]
    public void Currency_signs_are_rejected()
    {
        Assert.Contains("unit column", AmountError("$5").Message);
    }

    [Fact]
    public void Overflow_is_out_of_range()
    {
        Assert.Contains("out of range", AmountError("1e400").Message);
    }

    [Fact]
    public void Underflow_to_zero_is_rejected()
    {
        var cell = AmountError("1e-400");
        Assert.Contains("too small", cell.Message);
        Assert.Equal("1e-400", cell.Raw);
    }

    [Theory]
    [InlineData("0.1000000000000000055511151231257827", "0.1")]
    [InlineData("123456789012345678", "1.2345678901234568E+17")]
    public void More_digits_than_a_double_keeps_are_rejected(string cell, string readAs)
    {
        var error = AmountError(cell);
        Assert.Contains("more significant digits than a number keeps", error.Message);
        Assert.Contains($"it would be read as {readAs}", error.Message);
    }

    [Theory]
    [InlineData("1e-300", 1e-300)]
    [InlineData("2.675", 2.675)]
    [InlineData("6E6", 6e6)]
    [InlineData("0.000", 0.0)]
    [InlineData("9007199254740992", 9007199254740992.0)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    public void Numbers_that_read_back_as_written_are_kept(string cell, double expected)
    {
        var t = TableFixture.Read(TableFixture.Header + "\na1," + cell + ",1,news,\n");
        Assert.Equal(expected, t.Numbers("amount")[0]);
    }

    [Theory]
    [InlineData("1.5", "not a whole number")]
    [InlineData("x", "not a whole number")]
    [InlineData("+3", "leading plus")]
    [InlineData("99999999999999999999", "out of range")]
    public void Integer_column_takes_only_whole_numbers(string cell, string message)
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1," + cell + ",news,\n");
        Assert.Equal((2, 6, "deals"), (error.Line, error.Column, error.Field));
        Assert.Contains(message, error.Message);
    }
}

internal sealed record Cell(string Message, string? Raw);
