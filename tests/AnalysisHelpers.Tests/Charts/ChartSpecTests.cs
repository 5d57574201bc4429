using AnalysisHelpers.Charts;
using Plotly.NET;

namespace AnalysisHelpers.Tests.Charts;

public class ChartSpecTests
{
    private static GenericChart EmptyChart() => GenericChart.ofTraceObject(false, new Trace2D("scatter"));

    [Theory]
    [InlineData("")]
    [InlineData("Training-Cost")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("under_score")]
    public void Ids_outside_lowercase_letters_digits_and_dashes_are_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => ChartSpec.From(id, "t", "c", EmptyChart(), 100, 100, []));
    }

    [Fact]
    public void From_serialises_the_chart_and_sorts_claim_ids()
    {
        var chart = EmptyChart();
        var spec = ChartSpec.From("c-1", "Title", "Caption", chart, 640, 480, ["C010", "C002", "C010"]);
        Assert.Equal(GenericChart.toFigureJson(chart), spec.FigureJson);
        Assert.Equal(["C002", "C010"], spec.ClaimIds);
        Assert.Equal((640, 480), (spec.Width, spec.Height));
    }

    [Theory]
    [MemberData(nameof(AllCharts.Names), MemberType = typeof(AllCharts))]
    public void Every_chart_sizes_its_figure_to_the_spec(string chart)
    {
        var spec = AllCharts.Build(chart, SampleArticles.Claims, SampleArticles.Sources);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Equal(spec.Id, chart);
        Assert.Equal(spec.Width, figure.Layout.GetProperty("width").GetInt32());
        Assert.Equal(spec.Height, figure.Layout.GetProperty("height").GetInt32());
    }
}
