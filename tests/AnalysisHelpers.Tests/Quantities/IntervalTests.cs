using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Quantities;

public class IntervalTests
{
    [Fact]
    public void Adding_adds_lows_and_highs()
    {
        Assert.Equal(new Interval(4, 8), new Interval(1, 3) + new Interval(3, 5));
    }

    [Fact]
    public void Subtracting_takes_the_widest_difference()
    {
        Assert.Equal(new Interval(-4, 0), new Interval(1, 3) - new Interval(3, 5));
    }

    [Fact]
    public void Multiplying_with_negatives_takes_extreme_corners()
    {
        Assert.Equal(new Interval(-15, 10), new Interval(-3, 2) * new Interval(1, 5));
    }

    [Fact]
    public void Zero_times_unbounded_is_zero()
    {
        Assert.Equal(new Interval(0, double.PositiveInfinity), new Interval(0, 2) * new Interval(1, double.PositiveInfinity));
    }

    [Fact]
    public void Dividing_points_is_exact()
    {
        Assert.Equal(Interval.Point(0.6), Interval.Point(3) / Interval.Point(5));
        Assert.Equal(Interval.Point(1.2e9 / 0.7), Interval.Point(1.2e9) / Interval.Point(0.7));
    }

    [Fact]
    public void Dividing_by_positive_interval_swaps_ends()
    {
        Assert.Equal(new Interval(2.5, 10), new Interval(10, 20) / new Interval(2, 4));
    }

    [Fact]
    public void Dividing_by_interval_touching_zero_is_unbounded()
    {
        var ratio = new Interval(1e8, double.PositiveInfinity) / new Interval(0, 6e6);
        Assert.Equal(1e8 / 6e6, ratio.Low);
        Assert.Equal(16.666666666666668, ratio.Low, 1e-12);
        Assert.Equal(double.PositiveInfinity, ratio.High);
        Assert.False(ratio.IsBounded);
    }

    [Fact]
    public void Dividing_by_negative_interval_touching_zero_is_unbounded_below()
    {
        var ratio = Interval.Point(6) / new Interval(-3, 0);
        Assert.Equal(double.NegativeInfinity, ratio.Low);
        Assert.Equal(-2, ratio.High);
    }

    [Fact]
    public void Dividing_by_unbounded_divisor_reaches_zero()
    {
        Assert.Equal(new Interval(0, 1), Interval.Point(144) / new Interval(144, double.PositiveInfinity));
    }

    [Fact]
    public void Dividing_by_interval_spanning_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Interval.Point(1) / new Interval(-1, 1));
    }

    [Fact]
    public void Dividing_by_zero_point_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Interval.Point(1) / Interval.Point(0));
    }

    [Fact]
    public void Contains_includes_both_ends()
    {
        var i = new Interval(1, 2);
        Assert.True(i.Contains(1));
        Assert.True(i.Contains(2));
        Assert.False(i.Contains(2.0000001));
    }

    [Fact]
    public void Quantity_interval_leaves_money_above_zero_and_fractions_open()
    {
        Assert.Equal(new Interval(0, 6e6), Quantity.AtMost(6e6, Unit.USD).ToInterval());
        Assert.Equal(new Interval(double.NegativeInfinity, 0.3), Quantity.AtMost(0.3, Unit.Fraction).ToInterval());
        Assert.Equal(new Interval(1e8, double.PositiveInfinity), Quantity.AtLeast(1e8, Unit.USD).ToInterval());
        Assert.Equal(Interval.Point(7), Quantity.Point(7, Unit.Count).ToInterval());
    }
}
