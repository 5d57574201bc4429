namespace AnalysisHelpers.Tests.Charts;

public class ChartDeterminismTests
{
    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void Building_twice_gives_byte_identical_figure_json(string chart)
    {
        string first = AllCharts.Build(chart, SampleArticles.Claims, SampleArticles.Sources).FigureJson;
        string second = AllCharts.Build(chart, SampleArticles.Claims, SampleArticles.Sources).FigureJson;
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void The_order_claims_and_articles_arrive_in_does_not_change_the_figure(string chart)
    {
        string inOrder = AllCharts.Build(chart, SampleArticles.Claims, SampleArticles.Sources).FigureJson;
        string reversed = AllCharts.Build(chart, SampleArticles.Claims.Reverse().ToList(), SampleArticles.Sources.Reverse().ToList()).FigureJson;
        Assert.Equal(inOrder, reversed);
    }

    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void Figure_json_has_no_nan_or_infinity(string chart)
    {
        string json = AllCharts.Build(chart, SampleArticles.Claims, SampleArticles.Sources).FigureJson;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.DoesNotContain("NaN", json);
        Assert.DoesNotContain("Infinity", json);
    }
}
