using AnalysisHelpers.Charts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class FundingDeclineChartTests
{
    private static readonly double Total = SampleArticles.FundingTotal.Value!.Value;
    private static readonly double Fall = SampleArticles.FundingFall.Value!.Value;
    private static readonly double Deals = SampleArticles.DealCount.Value!.Value;

    private static readonly DerivedFigure Prior = new("implied-prior-year-funding-impact", "Implied prior-year funding (2025-Q1)",
        "prior-year total = this period's total ÷ (1 − stated fall)", ["C061", "C063"], Interval.Point(Total / (1 - Fall)), Unit.USD, "");

    private static readonly DerivedFigure Average = new("average-deal-size-impact", "Average deal size (2025-Q1)",
        "average deal size = total funding ÷ number of deals", ["C061", "C062"], Interval.Point(Total / Deals), Unit.USD, "");

    private static ChartSpec Build() => FundingDeclineChart.Build(SampleArticles.Claims, SampleArticles.Sources, Prior, Average);

    [Fact]
    public void The_stated_total_is_a_solid_bar_of_its_value()
    {
        using var figure = new FigureJsonReader(Build().FigureJson);
        var bar = figure.SingleTraceFor(SampleArticles.FundingTotal.ClaimId);
        Assert.Equal("bar", bar.GetProperty("type").GetString());
        Assert.Equal([Total], Numbers(bar, "x"));
        Assert.False(bar.GetProperty("marker").TryGetProperty("pattern", out _));
    }

    [Fact]
    public void The_implied_prior_year_quarter_is_a_hatched_bar()
    {
        using var figure = new FigureJsonReader(Build().FigureJson);
        var bar = figure.SingleTraceFor(Prior.Id);
        Assert.Equal(Total / (1 - Fall), Numbers(bar, "x")[0], 3);
        Assert.Equal("/", bar.GetProperty("marker").GetProperty("pattern").GetProperty("shape").GetString());
    }

    [Fact]
    public void The_fall_is_annotated_with_the_change_between_the_two_bars()
    {
        using var figure = new FigureJsonReader(Build().FigureJson);
        string expected = NumberFormat.SignedPercent(-Fall);
        Assert.Equal(NumberFormat.Minus + "30%", expected);
        Assert.Contains(figure.Annotations, a => a.GetProperty("text").GetString()!.Contains(expected));
        Assert.Contains(figure.Annotations, a => a.TryGetProperty("ax", out var ax) && Math.Abs(ax.GetDouble() - Total / (1 - Fall)) < 1);
    }

    [Fact]
    public void The_caption_names_the_arrow_only_when_the_prior_year_is_one_amount_and_so_drawn()
    {
        Assert.Contains("The arrow runs", Build().Caption);
        Assert.Contains("hatched bars", Build().Caption);

        // Rounded inputs make the prior-year quarter an interval: a span, no arrow, the stated change written instead.
        var span = Prior with { Value = new Interval(Total / (1 - Fall) * 0.95, Total / (1 - Fall) * 1.05) };
        var spec = FundingDeclineChart.Build(SampleArticles.Claims, SampleArticles.Sources, span, null);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.DoesNotContain(figure.Annotations, a => a.TryGetProperty("ax", out _));
        Assert.DoesNotContain("arrow", spec.Caption);
        Assert.DoesNotContain("hatched", spec.Caption);
        Assert.Contains("capped span", spec.Caption);
        Assert.Contains("stated change is written beside", spec.Caption);
        Assert.Contains(figure.Annotations, a => a.GetProperty("text").GetString()!.StartsWith("change on the year", StringComparison.Ordinal));
    }

    [Fact]
    public void Deal_count_and_average_deal_size_have_their_own_panels()
    {
        using var figure = new FigureJsonReader(Build().FigureJson);
        var deals = figure.SingleTraceFor(SampleArticles.DealCount.ClaimId);
        var average = figure.SingleTraceFor(Average.Id);
        Assert.Equal([Deals], Numbers(deals, "x"));
        Assert.Equal(Total / Deals, Numbers(average, "x")[0], 6);
        var axes = new[] { figure.SingleTraceFor(SampleArticles.FundingTotal.ClaimId), deals, average }
            .Select(t => t.GetProperty("xaxis").GetString()).ToList();
        Assert.Equal(3, axes.Distinct().Count());
    }

    [Fact]
    public void Without_derived_figures_the_stated_claims_are_still_drawn()
    {
        using var figure = new FigureJsonReader(FundingDeclineChart.Build(SampleArticles.Claims, SampleArticles.Sources).FigureJson);
        Assert.Single(figure.TracesFor(SampleArticles.FundingTotal.ClaimId));
        Assert.Empty(figure.TracesFor(Prior.Id));
    }
}
