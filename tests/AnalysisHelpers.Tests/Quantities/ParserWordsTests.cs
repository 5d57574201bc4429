using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserWordsTests
{
    [Fact]
    public void Number_word_is_a_count()
    {
        Assert.Equal(Quantity.Point(3, Unit.Count), QuantityParser.Parse("three"));
    }

    [Fact]
    public void Number_word_with_nouns_is_a_count()
    {
        Assert.Equal(Quantity.Point(6, Unit.Count), QuantityParser.Parse("six little dragons"));
    }

    [Theory]
    [InlineData("twenty-five", 25)]
    [InlineData("twenty five", 25)]
    [InlineData("a hundred", 100)]
    [InlineData("a dozen", 12)]
    [InlineData("a billion", 1e9)]
    public void Compound_number_words_add_up(string text, double expected)
    {
        Assert.Equal(Quantity.Point(expected, Unit.Count), QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("a decade", 10)]
    [InlineData("two decades", 20)]
    [InlineData("three years", 3)]
    [InlineData("a year", 1)]
    public void Durations_are_in_years(string text, double expected)
    {
        Assert.Equal(Quantity.Point(expected, Unit.Years), QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("third", 3)]
    [InlineData("first", 1)]
    [InlineData("No. 1", 1)]
    [InlineData("2nd", 2)]
    [InlineData("11th", 11)]
    [InlineData("21st", 21)]
    [InlineData("third largest economy", 3)]
    public void OrdinalsAreRanks(string text, double expected)
    {
        Assert.Equal(Quantity.Point(expected, Unit.Rank), QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("10x", 10)]
    [InlineData("10 times", 10)]
    [InlineData("ten times", 10)]
    [InlineData("10-fold", 10)]
    [InlineData("ten-fold", 10)]
    public void Times_factors_are_multiples(string text, double expected)
    {
        Assert.Equal(Quantity.Point(expected, Unit.Multiple), QuantityParser.Parse(text));
    }
}
