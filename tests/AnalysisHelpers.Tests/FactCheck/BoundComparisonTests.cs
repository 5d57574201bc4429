using AnalysisHelpers.FactCheck;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.FactCheck.FactCheckFixture;

namespace AnalysisHelpers.Tests.FactCheck;

/// <summary>Figures with a bound are judged as bounds: the verdict is whether the other figure satisfies it, never
/// how far it is from the bound.</summary>
public class BoundComparisonTests
{
    [Fact]
    public void An_upper_bound_above_the_reference_holds()
    {
        var result = Check(Claim(Quantity.AtMost(6e6, Unit.USD), "less than $6 million"), Reference(5_576_000, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.True(result.BoundHolds);
        Assert.Contains("the bound holds", result.Explanation);
        Assert.Equal(new Interval(0, 6e6), result.ClaimInterval);
    }

    [Fact]
    public void An_upper_bound_below_the_reference_fails()
    {
        var result = Check(Claim(Quantity.AtMost(5e6, Unit.USD), "less than $5 million"), Reference(5_576_000, "USD"), Relations.BoundCheck);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.False(result.BoundHolds);
        Assert.Contains("the bound fails", result.Explanation);
    }

    [Fact]
    public void A_lower_bound_under_the_reference_holds()
    {
        var result = Check(Claim(Quantity.AtLeast(6e8, Unit.Count), "over 600 million downloads"), Reference(7e8, "count"), Relations.BoundCheck);
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.True(result.BoundHolds);
    }

    [Fact]
    public void A_lower_bound_above_the_reference_fails()
    {
        var result = Check(Claim(Quantity.AtLeast(1e8, Unit.USD), "$100 million+"), Reference(78_400_000, "USD"), Relations.BoundCheck);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.False(result.BoundHolds);
        // A floor over a point is no ratio of two figures: the claim says only "at least".
        Assert.Null(result.Ratio);
        Assert.Null(result.PercentDifference);
    }

    [Fact]
    public void A_range_that_contains_the_reference_holds_but_has_no_ratio()
    {
        var result = Check(Claim(Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions"), Reference(2.5e8, "USD"), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.True(result.BoundHolds);
        Assert.Null(result.Ratio);
        Assert.Null(result.PercentDifference);
    }

    [Fact]
    public void A_range_and_a_reference_range_that_do_not_overlap_contradict()
    {
        var result = Check(Claim(Quantity.Between(1e8, 1e9, Unit.USD), "hundreds of millions"),
            Reference(null, "USD", low: 41e6, high: 78e6), Relations.BoundCheck);
        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains("wholly below", result.Explanation);
    }

    [Fact]
    public void Two_floors_that_overlap_are_consistent()
    {
        var result = Check(Claim(Quantity.AtLeast(1e8, Unit.USD), "$100 million+"), Reference(null, "USD", low: 1e8), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.Equal(new Interval(1e8, double.PositiveInfinity), result.ReferenceInterval);
    }

    [Fact]
    public void A_point_claim_inside_a_reference_floor_fits_it()
    {
        var result = Check(Claim(Quantity.Point(4e11, Unit.CNY, Qualifier.Approximate), "about RMB 400 billion"),
            Reference(3.8e11, "CNY", low: 3.8e11), Relations.SameQuantity);
        Assert.Equal(Verdict.Consistent, result.Verdict);
        Assert.True(result.BoundHolds);
    }

    [Fact]
    public void A_bound_check_between_two_plain_points_is_not_a_bound_and_stays_unverified_without_a_ratio()
    {
        // Arithmetic the figures alone do not show (a cost against a loss): no ratio of the two is printed.
        var result = Check(Claim(Quantity.Point(7e9, Unit.USD), "$7 billion"), Reference(5e9, "USD"), Relations.BoundCheck);
        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Null(result.BoundHolds);
        Assert.Null(result.Ratio);
    }
}
