using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserRangeTests
{
    [Fact]
    public void Number_words_to_number_word_times_is_a_range_of_multiples()
    {
        Assert.Equal(Quantity.Between(5, 10, Unit.Multiple), QuantityParser.Parse("five to ten times"));
    }

    [Fact]
    public void Dash_range_takes_currency_and_scale_from_the_right_end()
    {
        Assert.Equal(Quantity.Between(1e9, 2e9, Unit.USD), QuantityParser.Parse("$1-2 billion"));
    }

    [Fact]
    public void Between_and_gives_both_bounds()
    {
        Assert.Equal(Quantity.Between(5, 10, Unit.Count), QuantityParser.Parse("between 5 and 10"));
    }

    [Fact]
    public void Between_scaled_amounts_reads_each_end()
    {
        Assert.Equal(Quantity.Between(5e6, 10e6, Unit.USD), QuantityParser.Parse("between $5 million and $10 million"));
    }

    [Theory]
    [InlineData("5-10%")]
    [InlineData("5%-10%")]
    public void Percent_range_is_a_fraction_range(string text)
    {
        var q = QuantityParser.Parse(text);
        Assert.Equal(Qualifier.Range, q.Qualifier);
        Assert.Equal(Unit.Fraction, q.Unit);
        Assert.Equal(0.05, q.Low!.Value, 1e-12);
        Assert.Equal(0.10, q.High!.Value, 1e-12);
    }

    [Fact]
    public void Larger_bare_left_end_keeps_its_own_scale()
    {
        Assert.Equal(Quantity.Between(500_000, 1_000_000, Unit.Count), QuantityParser.Parse("500,000 to 1 million"));
    }

    [Fact]
    public void Multi_word_right_end_is_read_whole()
    {
        Assert.Equal(Quantity.Between(10, 25, Unit.Count), QuantityParser.Parse("ten to twenty five"));
    }

    [Fact]
    public void Currency_on_the_left_end_carries_to_a_bare_right_end()
    {
        Assert.Equal(Quantity.Between(5e6, 10e6, Unit.USD), QuantityParser.Parse("$5 to 10 million"));
    }

    [Fact]
    public void Ends_in_different_currencies_are_rejected()
    {
        var ex = Assert.Throws<QuantityFormatException>(() => QuantityParser.Parse("$5 to 10 yuan"));
        Assert.Contains("different units", ex.Reason);
    }
}
