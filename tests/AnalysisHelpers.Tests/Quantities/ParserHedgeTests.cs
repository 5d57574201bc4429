using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserHedgeTests
{
    [Fact]
    public void Approximate_wording_gives_approximate_point()
    {
        Assert.Equal(Quantity.Point(6_000_000, Unit.USD, Qualifier.Approximate), QuantityParser.Parse("approximately $6 million"));
    }

    [Theory]
    [InlineData("about 500 companies")]
    [InlineData("around 500 companies")]
    [InlineData("roughly 500 companies")]
    [InlineData("some 500 companies")]
    public void Other_approximate_words_give_approximate_point(string text)
    {
        Assert.Equal(Quantity.Point(500, Unit.Count, Qualifier.Approximate), QuantityParser.Parse(text));
    }

    [Fact]
    public void Trailing_plus_gives_value_low()
    {
        var q = QuantityParser.Parse("$100 million+");
        Assert.Equal(new Quantity(null, 100_000_000, null, Unit.USD, Qualifier.LowerBound), q);
    }

    [Fact]
    public void Lower_bound_wording_gives_value_low()
    {
        var q = QuantityParser.Parse("more than 90%");
        Assert.Equal(Qualifier.LowerBound, q.Qualifier);
        Assert.Equal(Unit.Fraction, q.Unit);
        Assert.Equal(0.9, q.Low!.Value, 1e-12);
        Assert.Null(q.Value);
        Assert.Null(q.High);
    }

    [Fact]
    public void Upper_bound_wording_gives_value_high()
    {
        var q = QuantityParser.Parse("less than $6 million");
        Assert.Equal(new Quantity(null, null, 6_000_000, Unit.USD, Qualifier.UpperBound), q);
    }

    [Theory]
    [InlineData("over 600 million downloads", Qualifier.LowerBound)]
    [InlineData("at least 600 million downloads", Qualifier.LowerBound)]
    [InlineData("under 600 million downloads", Qualifier.UpperBound)]
    [InlineData("up to 600 million downloads", Qualifier.UpperBound)]
    public void Bound_words_set_the_matching_bound(string text, Qualifier expected)
    {
        var q = QuantityParser.Parse(text);
        Assert.Equal(expected, q.Qualifier);
        Assert.Equal(Unit.Count, q.Unit);
        Assert.Equal(600_000_000, expected == Qualifier.LowerBound ? q.Low : q.High);
    }

    [Theory]
    [InlineData("only three models")]
    [InlineData("just three models")]
    public void Only_and_just_leave_the_figure_exact(string text)
    {
        Assert.Equal(Quantity.Point(3, Unit.Count), QuantityParser.Parse(text));
    }
}
