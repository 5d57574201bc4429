using AnalysisHelpers.Charts;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class AdoptionChartTests
{
    private static readonly ChartSpec Spec = AdoptionChart.Build(SampleArticles.Claims, SampleArticles.Sources);

    [Fact]
    public void Downloads_and_shares_sit_in_separate_panels()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var downloads = figure.SingleTraceFor(SampleArticles.QwenDownloads.ClaimId);
        var share = figure.SingleTraceFor(SampleArticles.StartupShare.ClaimId);
        Assert.NotEqual(downloads.GetProperty("xaxis").GetString(), share.GetProperty("xaxis").GetString());
        Assert.NotEqual(downloads.GetProperty("yaxis").GetString(), share.GetProperty("yaxis").GetString());
    }

    [Fact]
    public void A_download_floor_is_an_arrow_from_the_floor_to_the_end_of_the_axis()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var trace = figure.SingleTraceFor(SampleArticles.QwenDownloads.ClaimId);
        string axis = "xaxis" + trace.GetProperty("xaxis").GetString()![1..];
        double axisEnd = figure.Layout.GetProperty(axis).GetProperty("range")[1].GetDouble();
        Assert.Equal([SampleArticles.QwenDownloads.ValueLow!.Value, axisEnd], Numbers(trace, "x"));
        Assert.Contains(Strings(trace, "text"), t => t.Contains("more than 600M"));
    }

    [Fact]
    public void The_share_axis_runs_from_zero_to_one_hundred_percent()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var trace = figure.SingleTraceFor(SampleArticles.StartupShare.ClaimId);
        string axis = "xaxis" + trace.GetProperty("xaxis").GetString()![1..];
        var range = figure.Layout.GetProperty(axis).GetProperty("range").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal([0.0, 1.0], range);
        Assert.Equal([SampleArticles.StartupShare.Value!.Value], Numbers(trace, "x"));
    }
}
