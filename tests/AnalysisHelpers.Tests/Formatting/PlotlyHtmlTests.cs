using AnalysisHelpers.Charts;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Tests.Charts;
using Plotly.NET;

namespace AnalysisHelpers.Tests.Formatting;

public class PlotlyHtmlTests
{
    private static ChartSpec HostileSpec() => TrainingCostChart.Build(
        SampleArticles.Claims.Select(c => c with { AsStated = c.AsStated + "</script><script>alert(1)</script>" }).ToList(),
        SampleArticles.Sources) with { Caption = "caption <b>bold</b>" };

    [Fact]
    public void A_spec_renders_as_a_div_and_a_script_that_draws_with_the_pages_plotly()
    {
        var spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        string html = PlotlyHtml.ForSpec(spec);
        Assert.Contains($"<div id=\"chart-{spec.Id}-{PlotlyHtml.ShortHash(spec.FigureJson)}\"", html);
        Assert.Contains("Plotly.newPlot(", html);
        Assert.Contains("typeof Plotly !== \"undefined\"", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require(", html);
        Assert.DoesNotContain("<script src", html);
    }

    [Fact]
    public void The_same_spec_always_renders_the_same_html()
    {
        var first = PlotlyHtml.ForSpec(TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources));
        var second = PlotlyHtml.ForSpec(TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Script_text_in_the_data_cannot_end_the_script_element()
    {
        string html = PlotlyHtml.ForSpec(HostileSpec());
        int scripts = html.Split("<script", StringSplitOptions.None).Length - 1;
        int closings = html.Split("</script>", StringSplitOptions.None).Length - 1;
        Assert.Equal(1, scripts);
        Assert.Equal(1, closings);
        Assert.Contains("caption &lt;b&gt;bold&lt;/b&gt;", html);
    }

    [Fact]
    public void A_plain_generic_chart_renders_with_an_id_from_its_figure()
    {
        var chart = GenericChart.ofTraceObject(false, new Trace2D("scatter"));
        string html = PlotlyHtml.ForChart(chart);
        Assert.Contains($"id=\"plotly-{PlotlyHtml.ShortHash(GenericChart.toFigureJson(chart))}\"", html);
        Assert.Equal(html, PlotlyHtml.ForChart(chart));
    }
}
