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
    public void TextInANumberColumnIsNotANumber()
    {
        Assert.Equal(new Cell("not a number", "abc"), AmountError("abc"));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-inf")]
    public void NaNAndInfinityAreRejected(string cell)
    {
        Assert.Contains("NaN and infinity are not allowed", AmountError(cell).Message);
    }

    [Fact]
    public void ThousandsSeparatorsAreRejected()
    {
        var cell = AmountError("\"1,000\"");
        Assert.Contains("thousands separators", cell.Message);
        Assert.Equal("1,000", cell.Raw);
    }

    [Fact]
    public void DecimalCommaIsRejected()
    {
        Assert.Contains("decimal point", AmountError("\"1,5\"").Message);
    }

    [Fact]
    public void LeadingPlusIsRejected()
    {
        Assert.Contains("leading plus", AmountError("+5").Message);
    }

    [Fact]
    public void SurroundingSpacesAreRejected()
    {
        Assert.Contains("leading or trailing spaces", AmountError(" 5").Message);
    }

    [Fact]
    public void CurrencySignsAreRejected()
    {
        Assert.Contains("unit column", AmountError("$5").Message);
    }

    [Fact]
    public void OverflowIsOutOfRange()
    {
        Assert.Contains("out of range", AmountError("1e400").Message);
    }

    [Theory]
    [InlineData("1.5", "not a whole number")]
    [InlineData("x", "not a whole number")]
    [InlineData("+3", "leading plus")]
    [InlineData("99999999999999999999", "out of range")]
    public void IntegerColumnTakesOnlyWholeNumbers(string cell, string message)
    {
        var error = TableFixture.OneError(TableFixture.Header + "\na1,1," + cell + ",news,\n");
        Assert.Equal((2, 6, "deals"), (error.Line, error.Column, error.Field));
        Assert.Contains(message, error.Message);
    }
}

internal sealed record Cell(string Message, string? Raw);
