using AnalysisHelpers.Charts;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class PledgesAndSelloffChartTests
{
    private static readonly ChartSpec Spec = PledgesAndSelloffChart.Build(SampleArticles.Claims, SampleArticles.Sources);

    [Fact]
    public void Yuan_amounts_keep_their_stated_values_on_an_axis_of_their_own_and_billions_is_a_floor_not_a_segment_to_a_trillion()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var yuan = figure.SingleTraceFor(SampleArticles.MeituanPledge.ClaimId);
        var dollars = figure.SingleTraceFor(SampleArticles.AlibabaPledge.ClaimId);
        // "billions of yuan": an arrow from ¥1B to the axis edge; the convention's ¥1T is nowhere drawn.
        var x = Numbers(yuan, "x");
        Assert.Equal(SampleArticles.MeituanPledge.ValueLow!.Value, x[0]);
        Assert.DoesNotContain(SampleArticles.MeituanPledge.ValueHigh!.Value, x);
        Assert.Contains("¥1B or more", Strings(yuan, "text")[0]);
        Assert.Equal([SampleArticles.AlibabaPledge.Value!.Value], Numbers(dollars, "x"));
        Assert.NotEqual(yuan.GetProperty("xaxis").GetString(), dollars.GetProperty("xaxis").GetString());
    }

    [Fact]
    public void The_yuan_axis_is_labelled_in_yuan_and_the_dollar_axis_in_dollars()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        string yuanAxis = "xaxis" + figure.SingleTraceFor(SampleArticles.MeituanPledge.ClaimId).GetProperty("xaxis").GetString()![1..];
        string dollarAxis = "xaxis" + figure.SingleTraceFor(SampleArticles.AlibabaPledge.ClaimId).GetProperty("xaxis").GetString()![1..];
        var yuanTicks = figure.Layout.GetProperty(yuanAxis).GetProperty("ticktext").EnumerateArray().Select(e => e.GetString()!).ToList();
        var dollarTicks = figure.Layout.GetProperty(dollarAxis).GetProperty("ticktext").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(yuanTicks);
        Assert.All(yuanTicks, t => Assert.StartsWith("¥", t));
        Assert.All(dollarTicks, t => Assert.StartsWith("$", t));
    }

    [Fact]
    public void Market_and_pledge_claims_are_drawn_and_others_are_not()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var expected = SampleArticles.Claims.Where(c => c.Category is "pledge" or "market").Select(c => c.ClaimId).Order().ToList();
        Assert.Equal(expected, figure.Traces.SelectMany(t => Strings(t, "customdata")).Distinct().Order().ToList());
    }
}
