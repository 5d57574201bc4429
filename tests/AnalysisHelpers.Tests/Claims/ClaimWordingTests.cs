using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Charts;

namespace AnalysisHelpers.Tests.Claims;

/// <summary>What a claim's words add to its stored numbers: the rounding of its last digit, an "approximately" the
/// qualifier does not show, and a vague plural whose top is only the convention's.</summary>
public class ClaimWordingTests
{
    [Theory]
    [InlineData("$1.2 billion", 1.2e9, 0.05e9)]
    [InlineData("30%", 0.3, 0.005)]
    [InlineData("just 2%", 0.02, 0.005)]
    [InlineData("$7 billion", 7e9, 0.5e9)]
    [InlineData("approximately $6 million", 6e6, 0.5e6)]
    [InlineData("144 deals", 144, 0)]
    [InlineData("three years", 3, 0)]
    [InlineData("2023", 2023, 0)]
    public void A_figure_written_with_a_scale_or_as_a_percentage_is_rounded_at_its_last_digit(string text, double value, double half)
    {
        var reading = QuantityParser.Read(text);
        Assert.Equal(value, reading.Quantity.Value!.Value, 9);
        Assert.Equal(half, reading.HalfUnit, 12);
    }

    [Fact]
    public void The_rounded_interval_of_a_point_spans_its_last_digit_and_a_bound_stays_as_written()
    {
        Assert.Equal(1.15e9, SampleArticles.FundingTotal.Rounded.Low, 3);
        Assert.Equal(1.25e9, SampleArticles.FundingTotal.Rounded.High, 3);
        Assert.Equal(new Interval(0, 6e6), SampleArticles.R1TrainingCost.Rounded);
        Assert.Equal(new Interval(1e8, double.PositiveInfinity), SampleArticles.Gpt4AtLeast.Rounded);
    }

    [Fact]
    public void A_claimed_figure_worded_approximately_keeps_the_approximately_in_its_label()
    {
        Assert.Equal(Qualifier.Claimed, SampleArticles.V3TrainingCost.Qualifier);
        Assert.True(SampleArticles.V3TrainingCost.WordedApproximately);
        Assert.Equal("≈ $6M (claimed)", SampleArticles.V3TrainingCost.Figure());
        Assert.Equal("$53B", SampleArticles.AlibabaPledge.Figure());
    }

    [Fact]
    public void Billions_of_yuan_reads_as_a_floor_whose_top_is_only_the_conventions()
    {
        Assert.True(SampleArticles.MeituanPledge.HasConventionalTop);
        Assert.Equal("≥ ¥1B (top ¥1T by convention only)", SampleArticles.MeituanPledge.Figure());
        Assert.Equal("¥1B or more", SampleArticles.MeituanPledge.FigureInWords());
        Assert.False(SampleArticles.Gpt4Range.HasConventionalTop);
    }

    [Theory]
    [InlineData("most downloaded open-source AI model")]
    [InlineData("the most popular app")]
    public void A_superlative_is_first_place(string text)
    {
        Assert.Equal(Quantity.Point(1, Unit.Rank), QuantityParser.Parse(text));
    }

    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31", DatePrecision.Year)]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31", DatePrecision.Quarter)]
    [InlineData("2025-02", "2025-02-01", "2025-02-28", DatePrecision.Month)]
    [InlineData("2025-01-27", "2025-01-27", "2025-01-27", DatePrecision.Day)]
    public void A_partial_date_is_the_span_of_days_it_covers(string text, string first, string last, DatePrecision precision)
    {
        var date = PartialDate.Parse(text)!.Value;
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last), precision), (date.First, date.Last, date.Precision));
    }

    [Fact]
    public void Partial_dates_are_apart_only_by_the_days_between_their_spans()
    {
        var january = PartialDate.Parse("2025-01")!.Value;
        Assert.Equal(0, january.DaysApartFrom(PartialDate.Parse("2025-01-20")!.Value));
        Assert.Equal(7, PartialDate.Parse("2025-01-20")!.Value.DaysApartFrom(PartialDate.Parse("2025-01-27")!.Value));
        Assert.Equal("2024-Q1", PartialDate.Parse("2025-Q1")!.Value.YearEarlier()!.Value.Text);
        Assert.Null(PartialDate.Parse("unknown"));
        Assert.Null(PartialDate.Parse("2025-13"));
    }
}
