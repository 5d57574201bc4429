using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Tests.Formatting;

public class NumberFormatTests
{
    [Theory]
    [InlineData(6_000_000, "$6M")]
    [InlineData(1_200_000_000, "$1.2B")]
    [InlineData(100_000_000, "$100M")]
    [InlineData(593_000_000_000, "$593B")]
    [InlineData(1e12, "$1T")]
    [InlineData(5_576_000, "$5.58M")]
    [InlineData(294_000, "$294,000")]
    [InlineData(999_999_999_999, "$1T")]
    [InlineData(-7e9, NumberFormat.Minus + "$7B")]
    public void Dollars_are_short_with_a_scale_letter(double amount, string expected)
    {
        Assert.Equal(expected, NumberFormat.Usd(amount));
    }

    [Fact]
    public void Yuan_carry_the_yuan_sign()
    {
        Assert.Equal("¥380B", NumberFormat.Cny(380e9));
        Assert.Equal("¥380B", NumberFormat.Format(380e9, Unit.CNY));
    }

    [Theory]
    [InlineData(0.3, "30%")]
    [InlineData(0.02, "2%")]
    [InlineData(0.905, "90.5%")]
    [InlineData(1.0, "100%")]
    [InlineData(0.0004, "0%")]
    public void Fractions_are_percentages(double fraction, string expected)
    {
        Assert.Equal(expected, NumberFormat.Percent(fraction));
    }

    [Fact]
    public void Signed_percentages_show_the_direction_of_a_change()
    {
        Assert.Equal(NumberFormat.Minus + "30%", NumberFormat.SignedPercent(-0.3));
        Assert.Equal("+25%", NumberFormat.SignedPercent(0.25));
        Assert.Equal("0%", NumberFormat.SignedPercent(0));
    }

    [Theory]
    [InlineData(144, Unit.Count, "144")]
    [InlineData(2048, Unit.Count, "2,048")]
    [InlineData(600_000_000, Unit.Count, "600M")]
    [InlineData(10, Unit.Multiple, "10×")]
    [InlineData(2024, Unit.Year, "2024")]
    [InlineData(10, Unit.Years, "10 years")]
    [InlineData(1, Unit.Years, "1 year")]
    [InlineData(1, Unit.Rank, "#1")]
    [InlineData(0.5, Unit.None, "0.5")]
    public void Each_unit_has_its_house_format(double value, Unit unit, string expected)
    {
        Assert.Equal(expected, NumberFormat.Format(value, unit));
    }

    [Fact]
    public void Quantities_show_their_hedging()
    {
        Assert.Equal("< $6M", NumberFormat.FormatQuantity(Quantity.AtMost(6e6, Unit.USD)));
        Assert.Equal("> $100M", NumberFormat.FormatQuantity(Quantity.AtLeast(1e8, Unit.USD)));
        Assert.Equal("$100M–$1B", NumberFormat.FormatQuantity(Quantity.Between(1e8, 1e9, Unit.USD)));
        Assert.Equal("≈ $6M", NumberFormat.FormatQuantity(Quantity.Point(6e6, Unit.USD, Qualifier.Approximate)));
        Assert.Equal("$7B (projected)", NumberFormat.FormatQuantity(Quantity.Point(7e9, Unit.USD, Qualifier.Projected)));
        Assert.Equal("$53B", NumberFormat.FormatQuantity(Quantity.Point(53e9, Unit.USD)));
        Assert.Equal("> 90%", NumberFormat.FormatQuantity(Quantity.AtLeast(0.9, Unit.Fraction)));
        Assert.Equal("no figure", NumberFormat.FormatQuantity(new Quantity(null, null, null, Unit.None, Qualifier.Exact)));
    }

    [Fact]
    public void Bounds_in_words_read_as_chart_labels()
    {
        Assert.Equal("less than $6M", NumberFormat.BoundInWords(Quantity.AtMost(6e6, Unit.USD)));
        Assert.Equal("more than $100M", NumberFormat.BoundInWords(Quantity.AtLeast(1e8, Unit.USD)));
        Assert.Equal("$100M–$1B", NumberFormat.BoundInWords(Quantity.Between(1e8, 1e9, Unit.USD)));
    }

    [Fact]
    public void Intervals_show_points_open_sides_and_ranges()
    {
        Assert.Equal("$140M", NumberFormat.FormatInterval(Interval.Point(1.4e8), Unit.USD));
        Assert.Equal("≥ $100M", NumberFormat.FormatInterval(new Interval(1e8, double.PositiveInfinity), Unit.USD));
        Assert.Equal("≤ 90%", NumberFormat.FormatInterval(new Interval(double.NegativeInfinity, 0.9), Unit.Fraction));
        Assert.Equal("$0–$6M", NumberFormat.FormatInterval(Quantity.AtMost(6e6, Unit.USD).ToInterval(), Unit.USD));
        Assert.Equal("unbounded", NumberFormat.FormatInterval(new Interval(double.NegativeInfinity, double.PositiveInfinity), Unit.USD));
    }

    [Fact]
    public void Currency_formatting_refuses_units_that_are_not_currencies()
    {
        Assert.Throws<ArgumentException>(() => NumberFormat.Money(1, Unit.Count));
    }
}
