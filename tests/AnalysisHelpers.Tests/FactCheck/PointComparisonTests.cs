using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>same-quantity links between two point figures: within 1% they agree, within 10% a round or approximate
/// claim is a rounding, anything further apart contradicts.</summary>
public class PointComparisonTests
{
    [Fact]
    public void Points_less_than_one_percent_apart_are_consistent()
    {
        // 1.005 billion against 1 billion is 0.5% apart.
        var result = Check(Claim(Quantity.Point(1.005e9, Unit.USD), "$1.005 billion"), Reference(1e9, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.Equal(1.005, result.Ratio!.Value, 12);
        Assert.Equal(0.5, result.PercentDifference!.Value, 9);
    }

    [Fact]
    public void A_round_claim_within_ten_percent_is_a_rounding()
    {
        // 6 million against 5.576 million: 6 / 5.576 = 1.076040..., so 7.6% above.
        var result = Check(Claim(Quantity.Point(6e6, Unit.USD), "$6 million"), Reference(5_576_000, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Rounded, result.Verdict);
        Assert.Equal(1.07604, result.Ratio!.Value, 5);
        Assert.Equal(7.604, result.PercentDifference!.Value, 3);
        Assert.Contains("7.6% above", result.Explanation);
    }

    [Fact]
    public void An_approximate_claim_within_ten_percent_is_a_rounding_even_when_not_round()
    {
        // 5.75 has three significant digits, but the wording hedges it; 5.75 / 5.576 is 3.1% above.
        var result = Check(Claim(Quantity.Point(5.75e6, Unit.USD, Qualifier.Approximate), "about $5.75 million"),
            Reference(5_576_000, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Rounded, result.Verdict);
    }

    [Fact]
    public void A_precise_claim_within_ten_percent_is_not_a_rounding()
    {
        // 5.75 million stated flat is not a rounding of 5.576 million.
        var result = Check(Claim(Quantity.Point(5.75e6, Unit.USD), "$5.75 million"), Reference(5_576_000, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
    }

    [Fact]
    public void A_round_claim_more_than_ten_percent_away_contradicts()
    {
        // 1.2 billion against 2.6 billion is 53.8% below.
        var result = Check(Claim(Quantity.Point(1.2e9, Unit.USD), "$1.2 billion"), Reference(2.6e9, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Equal(-53.846, result.PercentDifference!.Value, 3);
        Assert.Contains("below", result.Explanation);
        Assert.Null(result.BoundHolds);
    }

    [Fact]
    public void Both_intervals_are_reported_as_points()
    {
        var result = Check(Claim(Quantity.Point(6e6, Unit.USD), "$6 million"), Reference(5_576_000, "USD"), Relations.SameQuantity);
        Assert.Equal(Interval.Point(6e6), result.ClaimInterval);
        Assert.Equal(Interval.Point(5_576_000), result.ReferenceInterval);
    }
}
