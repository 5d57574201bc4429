using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>Only like is compared with like: a side without a number, or figures in different units, leave the
/// claim unverified and produce no ratio.</summary>
public class UnitAndMissingFigureTests
{
    [Fact]
    public void A_reference_without_a_figure_leaves_the_claim_unverified()
    {
        var result = Check(Claim(Quantity.AtMost(6e6, Unit.USD), "less than $6 million", item: "DeepSeek-R1"),
            Reference(null, "none", topic: "DeepSeek-R1 paper cost disclosure"), Relations.SameQuantity);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Null(result.ReferenceInterval);
        Assert.Null(result.Ratio);
        Assert.Null(result.BoundHolds);
    }

    [Fact]
    public void A_claim_without_a_figure_leaves_the_link_unverified()
    {
        var result = Check(NoFigure("less-advanced Nvidia chips"), Reference(2048, "count"), Relations.SameQuantity);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Null(result.ClaimInterval);
        Assert.Equal(Interval.Point(2048), result.ReferenceInterval);
    }

    [Fact]
    public void Equal_numbers_in_two_currencies_are_never_compared()
    {
        // 380 billion dollars and 380 billion yuan are very different sums; no exchange rate is applied.
        var result = Check(Claim(Quantity.Point(3.8e11, Unit.USD), "$380 billion"), Reference(3.8e11, "CNY"), Relations.SameQuantity);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Null(result.Ratio);
        Assert.Contains("not compared", result.Explanation);
    }

    [Fact]
    public void A_share_is_not_compared_with_an_amount()
    {
        var result = Check(Claim(Quantity.Point(0.02, Unit.Fraction), "2%"), Reference(0.02, "USD"), Relations.BoundCheck);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Null(result.Ratio);
        Assert.Null(result.PercentDifference);
    }

    [Fact]
    public void Dollars_are_not_compared_with_gpu_hours()
    {
        var result = Check(Claim(Quantity.Point(6e6, Unit.USD), "$6 million"), Reference(6e6, "gpu_hours"), Relations.BoundCheck);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("GPU-hours", result.Explanation);
    }
}
