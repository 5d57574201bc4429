using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserRangeTests
{
    [Fact]
    public void NumberWordsToNumberWordTimesIsARangeOfMultiples()
    {
        Assert.Equal(Quantity.Between(5, 10, Unit.Multiple), QuantityParser.Parse("five to ten times"));
    }

    [Fact]
    public void DashRangeTakesCurrencyAndScaleFromTheRightEnd()
    {
        Assert.Equal(Quantity.Between(1e9, 2e9, Unit.USD), QuantityParser.Parse("$1-2 billion"));
    }

    [Fact]
    public void BetweenAndGivesBothBounds()
    {
        Assert.Equal(Quantity.Between(5, 10, Unit.Count), QuantityParser.Parse("between 5 and 10"));
    }

    [Fact]
    public void BetweenScaledAmountsReadsEachEnd()
    {
        Assert.Equal(Quantity.Between(5e6, 10e6, Unit.USD), QuantityParser.Parse("between $5 million and $10 million"));
    }

    [Theory]
    [InlineData("5-10%")]
    [InlineData("5%-10%")]
    public void PercentRangeIsAFractionRange(string text)
    {
        var q = QuantityParser.Parse(text);
        Assert.Equal(Qualifier.Range, q.Qualifier);
        Assert.Equal(Unit.Fraction, q.Unit);
        Assert.Equal(0.05, q.Low!.Value, 1e-12);
        Assert.Equal(0.10, q.High!.Value, 1e-12);
    }

    [Fact]
    public void LargerBareLeftEndKeepsItsOwnScale()
    {
        Assert.Equal(Quantity.Between(500_000, 1_000_000, Unit.Count), QuantityParser.Parse("500,000 to 1 million"));
    }

    [Fact]
    public void MultiWordRightEndIsReadWhole()
    {
        Assert.Equal(Quantity.Between(10, 25, Unit.Count), QuantityParser.Parse("ten to twenty five"));
    }

    [Fact]
    public void CurrencyOnTheLeftEndCarriesToABareRightEnd()
    {
        Assert.Equal(Quantity.Between(5e6, 10e6, Unit.USD), QuantityParser.Parse("$5 to 10 million"));
    }

    [Fact]
    public void EndsInDifferentCurrenciesAreRejected()
    {
        var ex = Assert.Throws<QuantityFormatException>(() => QuantityParser.Parse("$5 to 10 yuan"));
        Assert.Contains("different units", ex.Reason);
    }
}
