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
        Assert.Equal(ChartMime.Html(spec), bundle[ChartMime.HtmlMimeType]);
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

    private static ChartSpec HostileSpec() => TrainingCostChart.Build(
        SampleArticles.Claims.Select(c => c with { AsStated = c.AsStated + "</script><script>alert(1)</script>" }).ToList(),
        SampleArticles.Sources) with { Caption = "caption <b>bold</b>" };

    [Fact]
    public void A_spec_draws_with_the_pages_plotly_under_an_id_from_its_figure()
    {
        var spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        string html = ChartMime.Html(spec);
        Assert.Contains($"<div id=\"{PlotlyEmbed.ElementId("chart-" + spec.Id, spec.FigureJson)}\"", html);
        Assert.Contains("typeof Plotly === 'undefined'", html);
        Assert.DoesNotContain("<script src", html);
        Assert.Equal(html, ChartMime.Html(TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources)));
    }

    [Fact]
    public void Script_text_in_the_data_cannot_end_the_script_element_and_the_caption_is_escaped()
    {
        string html = ChartMime.Html(HostileSpec());
        Assert.Equal(1, html.Split("<script", StringSplitOptions.None).Length - 1);
        Assert.Equal(1, html.Split("</script>", StringSplitOptions.None).Length - 1);
        Assert.Contains("caption &lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void A_plain_generic_chart_renders_with_an_id_from_its_figure()
    {
        var chart = GenericChart.ofTraceObject(false, new Trace2D("scatter"));
        string html = ChartMime.Html(chart);
        Assert.Contains($"id=\"{PlotlyEmbed.ElementId("plotly", GenericChart.toFigureJson(chart))}\"", html);
        Assert.Equal(html, ChartMime.Html(chart));
    }
}
