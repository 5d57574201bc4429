using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

/// <summary>"tens of X" is [10X, 100X], "hundreds of X" is [100X, 1000X], a bare plural "billions" is [X, 1000X].</summary>
public class ParserVagueAmountTests
{
    [Fact]
    public void Hundreds_of_millions_spans_hundred_million_to_billion()
    {
        Assert.Equal(Quantity.Between(1e8, 1e9, Unit.Count), QuantityParser.Parse("hundreds of millions"));
    }

    [Fact]
    public void Billions_of_yuan_spans_one_to_one_thousand_billion_yuan()
    {
        Assert.Equal(Quantity.Between(1e9, 1e12, Unit.CNY), QuantityParser.Parse("billions of yuan"));
    }

    [Fact]
    public void Tens_of_billions_spans_ten_to_hundred_billion()
    {
        Assert.Equal(Quantity.Between(1e10, 1e11, Unit.Count), QuantityParser.Parse("tens of billions"));
    }

    [Fact]
    public void Bare_plural_spans_one_to_one_thousand_times()
    {
        Assert.Equal(Quantity.Between(1e9, 1e12, Unit.Count), QuantityParser.Parse("billions"));
    }

    [Fact]
    public void Vague_dollar_amount_is_USD()
    {
        Assert.Equal(Quantity.Between(1e8, 1e9, Unit.USD), QuantityParser.Parse("hundreds of millions of dollars"));
    }

    [Fact]
    public void Vague_amount_may_name_what_is_counted()
    {
        Assert.Equal(Quantity.Between(1e6, 1e9, Unit.Count), QuantityParser.Parse("millions of users"));
    }
}
