using AnalysisHelpers.Charts;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Tests.Charts;
using Plotly.NET;

namespace AnalysisHelpers.Tests.Formatting;

public class ChartMimeTests
{
    [Fact]
    public void A_spec_gives_its_figure_json_and_html()
    {
        var spec = AdoptionChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        var bundle = ChartMime.ToMimeBundle(spec);
        Assert.NotNull(bundle);
        Assert.Equal(spec.FigureJson, bundle[ChartMime.PlotlyMimeType]);
        Assert.Equal(PlotlyHtml.ForSpec(spec), bundle[ChartMime.HtmlMimeType]);
    }

    [Fact]
    public void A_generic_chart_gives_its_figure_json_and_html()
    {
        var chart = AdoptionChart.Build(SampleArticles.Claims, SampleArticles.Sources).Chart;
        var bundle = ChartMime.ToMimeBundle(chart);
        Assert.NotNull(bundle);
        Assert.Equal(GenericChart.toFigureJson(chart), bundle[ChartMime.PlotlyMimeType]);
        Assert.Contains("Plotly.newPlot(", bundle[ChartMime.HtmlMimeType]);
    }

    [Fact]
    public void Anything_else_gets_no_bundle()
    {
        Assert.Null(ChartMime.ToMimeBundle("a string"));
        Assert.Null(ChartMime.ToMimeBundle(SampleArticles.V3TrainingCost));
        Assert.Null(ChartMime.ToMimeBundle(null));
    }
}
