using AnalysisHelpers.Charts;
using Plotly.NET.CSharp;

namespace AnalysisHelpers.Tests.Charts;

/// <summary>A chart restyled in a notebook with Plotly.NET's own calls keeps the house style it does not name.</summary>
public class ChartRestyleTests
{
    [Fact]
    public void Restyling_an_axis_title_keeps_the_axis_range_and_ticks_the_chart_set()
    {
        var spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);

        var restyled = spec.Restyle(chart => chart.WithXAxisStyle<double, double, string>(TitleText: "cost in dollars"));

        using var before = new FigureJsonReader(spec.FigureJson);
        using var after = new FigureJsonReader(restyled.FigureJson);
        var axis = after.Layout.GetProperty("xaxis");
        Assert.Equal("cost in dollars", axis.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(before.Layout.GetProperty("xaxis").GetProperty("range").ToString(), axis.GetProperty("range").ToString());
        Assert.Equal(before.Layout.GetProperty("xaxis").GetProperty("tickvals").ToString(), axis.GetProperty("tickvals").ToString());
        Assert.Equal(before.Traces.Count, after.Traces.Count);
    }

    [Fact]
    public void A_restyled_size_reaches_the_spec_and_the_original_spec_is_unchanged()
    {
        var spec = AdoptionChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        string original = spec.FigureJson;

        var wide = spec.Restyle(chart => chart.WithSize(Width: 1400));

        Assert.Equal(1400, wide.Width);
        Assert.Equal(spec.Height, wide.Height);
        using var figure = new FigureJsonReader(wide.FigureJson);
        Assert.Equal(1400, figure.Layout.GetProperty("width").GetInt32());
        Assert.Equal(original, spec.FigureJson);
        Assert.Equal(original, Plotly.NET.GenericChart.toFigureJson(spec.Chart));
        Assert.Equal(spec.ClaimIds, wide.ClaimIds);
    }
}
