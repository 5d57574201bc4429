using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserNormalisationTests
{
    [Theory]
    [InlineData("$6\u00A0million")]
    [InlineData("$6\u202Fmillion")]
    [InlineData("  $6   million  ")]
    [InlineData("$6\tmillion")]
    public void Odd_spaces_read_as_one_space(string text)
    {
        Assert.Equal(Quantity.Point(6_000_000, Unit.USD), QuantityParser.Parse(text));
    }

    [Fact]
    public void Case_does_not_matter()
    {
        Assert.Equal(Quantity.Point(6_000_000, Unit.USD, Qualifier.Approximate), QuantityParser.Parse("Approximately $6 Million"));
    }

    [Theory]
    [InlineData("three of China\u2019s models")]
    [InlineData("three of China\u2018s models")]
    [InlineData("three of China's models")]
    public void Curly_apostrophes_read_as_straight_ones(string text)
    {
        Assert.Equal(Quantity.Point(3, Unit.Count), QuantityParser.Parse(text));
    }

    [Fact]
    public void En_dash_range_reads_as_hyphen_range()
    {
        Assert.Equal(Quantity.Between(1e9, 2e9, Unit.USD), QuantityParser.Parse("$1\u20132 billion"));
    }
}
