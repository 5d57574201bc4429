using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserAmountTests
{
    [Theory]
    [InlineData("$6 million", 6_000_000)]
    [InlineData("$1.2 billion", 1_200_000_000)]
    [InlineData("$7 billion", 7_000_000_000)]
    [InlineData("$6m", 6_000_000)]
    [InlineData("$7bn", 7_000_000_000)]
    [InlineData("US$6 million", 6_000_000)]
    [InlineData("$53 billion", 53_000_000_000)]
    [InlineData("$1 trillion", 1_000_000_000_000)]
    public void DollarAmountsReadAsExactUsd(string text, double expected)
    {
        var q = QuantityParser.Parse(text);
        Assert.Equal(Quantity.Point(expected, Unit.USD), q);
    }

    [Theory]
    [InlineData("RMB 380 billion")]
    [InlineData("380 billion yuan")]
    [InlineData("RMB380 billion")]
    [InlineData("¥380 billion")]
    public void Yuan_amounts_read_as_CNY(string text)
    {
        Assert.Equal(Quantity.Point(380_000_000_000, Unit.CNY), QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("144 deals", 144)]
    [InlineData("600 million", 600_000_000)]
    [InlineData("1,000", 1000)]
    [InlineData("12 months", 12)]
    public void Numbers_without_currency_are_counts(string text, double expected)
    {
        Assert.Equal(Quantity.Point(expected, Unit.Count), QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("2%", 0.02)]
    [InlineData("30%", 0.3)]
    [InlineData("80 percent", 0.8)]
    [InlineData("80 per cent", 0.8)]
    [InlineData("0.3%", 0.003)]
    public void Percentages_are_fractions_of_one(string text, double expected)
    {
        var q = QuantityParser.Parse(text);
        Assert.Equal(Unit.Fraction, q.Unit);
        Assert.Equal(Qualifier.Exact, q.Qualifier);
        Assert.Equal(expected, q.Value!.Value, 1e-12);
        Assert.Null(q.Low);
        Assert.Null(q.High);
    }

    [Fact]
    public void Four_digit_number_in_the_modern_era_is_a_year()
    {
        Assert.Equal(Quantity.Point(2024, Unit.Year), QuantityParser.Parse("2024"));
    }

    [Fact]
    public void Four_digit_number_with_thousands_separator_is_a_count()
    {
        Assert.Equal(Quantity.Point(2024, Unit.Count), QuantityParser.Parse("2,024"));
    }
}
