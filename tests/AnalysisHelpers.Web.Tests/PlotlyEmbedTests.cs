using System.Text.RegularExpressions;

namespace AnalysisHelpers.Web.Tests;

public sealed class PlotlyEmbedTests
{
    public const string Bar = """{"data":[{"type":"bar","x":["a","b"],"y":[1,2]}],"layout":{"title":{"text":"Bars"}},"config":{}}""";

    private const string Hostile = """{"data":[{"type":"bar","name":"</script><script>alert(1)</script>"}],"layout":{}}""";

    [Fact]
    public void A_figure_is_a_pending_div_followed_by_the_script_that_draws_it()
    {
        string html = PlotlyEmbed.Html("plot-a", Bar);

        Assert.StartsWith($"<div id=\"plot-a\" class=\"{PlotlyEmbed.CssClass}\" {PlotlyEmbed.StateAttribute}=\"{PlotlyEmbed.Pending}\"></div><script>", html);
        Assert.EndsWith("</script>", html);
        Assert.Contains("Plotly.newPlot(", html);
        Assert.Contains($"'{PlotlyEmbed.Rendered}'", html);
        Assert.Contains($"'{PlotlyEmbed.Failed}'", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_fixed_size_sizes_the_div_and_overrides_the_layout()
    {
        string html = PlotlyEmbed.Html("plot-a", Bar, 640, 360, responsive: false);

        Assert.Contains("style=\"width:640px;height:360px\"", html);
        Assert.Contains("width = 640, height = 360, responsive = false;", html);
    }

    [Fact]
    public void Text_in_the_figure_cannot_end_the_script_element()
    {
        string html = PlotlyEmbed.Html("plot-a", Hostile);

        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void The_element_id_is_escaped_in_the_markup_and_quoted_in_the_script()
    {
        string html = PlotlyEmbed.Html("a\"b<c", Bar);

        Assert.Contains("id=\"a&quot;b&lt;c\"", html);
        Assert.Contains("var id = \"a\\u0022b\\u003cc\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_same_figure_gets_the_same_id_and_markup_every_time()
    {
        Assert.Equal(PlotlyEmbed.ElementId("chart", Bar), PlotlyEmbed.ElementId("chart", Bar));
        Assert.NotEqual(PlotlyEmbed.ElementId("chart", Bar), PlotlyEmbed.ElementId("chart", Hostile));
        Assert.Matches("^chart-[0-9a-f]{12}$", PlotlyEmbed.ElementId("chart", Bar));
        Assert.Equal(PlotlyEmbed.Html("x", Bar), PlotlyEmbed.Html("x", Bar));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    public void Text_that_is_not_a_figure_is_refused(string json) =>
        Assert.Throws<ArgumentException>(() => PlotlyEmbed.Html("x", json));

    [Fact]
    public void A_width_without_a_height_is_refused() =>
        Assert.Throws<ArgumentException>(() => PlotlyEmbed.Html("x", Bar, width: 100));
}
