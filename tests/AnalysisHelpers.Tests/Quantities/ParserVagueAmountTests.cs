using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

/// <summary>"tens of X" is [10X, 100X], "hundreds of X" is [100X, 1000X], a bare plural "billions" is [X, 1000X].</summary>
public class ParserVagueAmountTests
{
    [Fact]
    public void HundredsOfMillionsSpansHundredMillionToBillion()
    {
        Assert.Equal(Quantity.Between(1e8, 1e9, Unit.Count), QuantityParser.Parse("hundreds of millions"));
    }

    [Fact]
    public void BillionsOfYuanSpansOneToOneThousandBillionYuan()
    {
        Assert.Equal(Quantity.Between(1e9, 1e12, Unit.CNY), QuantityParser.Parse("billions of yuan"));
    }

    [Fact]
    public void TensOfBillionsSpansTenToHundredBillion()
    {
        Assert.Equal(Quantity.Between(1e10, 1e11, Unit.Count), QuantityParser.Parse("tens of billions"));
    }

    [Fact]
    public void BarePluralSpansOneToOneThousandTimes()
    {
        Assert.Equal(Quantity.Between(1e9, 1e12, Unit.Count), QuantityParser.Parse("billions"));
    }

    [Fact]
    public void VagueDollarAmountIsUsd()
    {
        Assert.Equal(Quantity.Between(1e8, 1e9, Unit.USD), QuantityParser.Parse("hundreds of millions of dollars"));
    }

    [Fact]
    public void VagueAmountMayNameWhatIsCounted()
    {
        Assert.Equal(Quantity.Between(1e6, 1e9, Unit.Count), QuantityParser.Parse("millions of users"));
    }
}
