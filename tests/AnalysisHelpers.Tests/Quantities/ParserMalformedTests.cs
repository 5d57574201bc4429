using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class ParserMalformedTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("lots", "\"lots\" is not a number")]
    [InlineData("$", "no number")]
    [InlineData("1,00", "commas must separate groups of three digits")]
    [InlineData("$6 million dollars yuan", "unexpected words after the amount")]
    [InlineData("about $5+", "trailing \"+\" cannot be combined with a hedge word")]
    [InlineData("10 to 5", "runs from high to low")]
    [InlineData("six of the best big little dragons", "too many words")]
    [InlineData("between 1,00 and 2", "commas must separate groups of three digits")]
    [InlineData("12nd", "not a well-formed ordinal")]
    [InlineData("30% of revenue", "unexpected words after the amount")]
    [InlineData("about hundreds of millions", "hedge word before a vague amount")]
    [InlineData("about 5 to 10", "hedge word before a range")]
    [InlineData("$third", "rank cannot carry a currency")]
    public void MalformedFigureThrowsWithItsReason(string text, string reason)
    {
        var ex = Assert.Throws<QuantityFormatException>(() => QuantityParser.Parse(text));
        Assert.Contains(reason, ex.Reason);
        Assert.Equal(text, ex.Text);
        Assert.Contains(text, ex.Message);
    }

    [Theory]
    [InlineData("a lot")]
    [InlineData("a few")]
    [InlineData("third of the best big little dragons ever")]
    public void Vague_or_wordy_figures_are_not_guessed(string text)
    {
        Assert.Throws<QuantityFormatException>(() => QuantityParser.Parse(text));
    }

    [Fact]
    public void TryParse_reports_the_reason_instead_of_throwing()
    {
        Assert.False(QuantityParser.TryParse("lots", out var q, out var error));
        Assert.Null(q);
        Assert.Contains("lots", error);
    }

    [Fact]
    public void TryParse_returns_the_quantity_when_readable()
    {
        Assert.True(QuantityParser.TryParse("$6m", out var q, out var error));
        Assert.Equal(Quantity.Point(6e6, Unit.USD), q);
        Assert.Null(error);
    }
}
