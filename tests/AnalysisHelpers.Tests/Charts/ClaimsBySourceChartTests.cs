using AnalysisHelpers.Charts;
using AnalysisHelpers.Formatting;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class ClaimsBySourceChartTests
{
    private static readonly ChartSpec Spec = ClaimsBySourceChart.Build(SampleArticles.Claims, SampleArticles.Sources);

    [Fact]
    public void Each_category_bar_counts_that_articles_claims_in_the_category()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        Assert.Equal("stack", figure.Layout.GetProperty("barmode").GetString());
        var rows = figure.Layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()).ToList();
        var sourceByLabel = SampleArticles.Sources.ToDictionary(s => HtmlText.Escape(SourceLabels.ShortTitle(s)));
        foreach (var trace in figure.Traces)
        {
            string category = trace.GetProperty("name").GetString()!.Replace(' ', '_');
            var counts = Numbers(trace, "x");
            for (int i = 0; i < rows.Count; i++)
            {
                var source = sourceByLabel[rows[i]!];
                Assert.Equal(SampleArticles.Claims.Count(c => c.SourceId == source.SourceId && c.Category == category), counts[i]);
            }
        }
    }

    [Fact]
    public void The_bars_add_up_to_every_claim()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        Assert.Equal(SampleArticles.Claims.Count, figure.Traces.Sum(t => Numbers(t, "x").Sum()));
        Assert.Equal(SampleArticles.Claims.Select(c => c.Category).Distinct().Count(), figure.Traces.Count);
    }

    [Fact]
    public void Category_colours_are_fixed_and_distinct_for_the_known_categories()
    {
        var colours = ClaimCategories.All.Select(ClaimsBySourceChart.CategoryColour).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.Equal(colours, ClaimCategories.All.Select(ClaimsBySourceChart.CategoryColour).ToList());
    }
}
