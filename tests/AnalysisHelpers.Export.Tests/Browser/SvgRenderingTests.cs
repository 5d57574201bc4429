using System.Xml.Linq;

namespace AnalysisHelpers.Export.Tests.Browser;

public sealed class SvgRenderingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Svg_is_well_formed_xml_of_the_requested_size_with_the_bar_labels()
    {
        var bytes = await browser.Renderer.RenderSvgAsync(TestFigures.Bar, 640, 400, cancel: TestContext.Current.CancellationToken);

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal("640", svg.Root.Attribute("width")?.Value);
        Assert.Equal("400", svg.Root.Attribute("height")?.Value);
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToHashSet();
        Assert.Superset(TestFigures.BarLabels.ToHashSet(), texts);
        Assert.Contains("Three bars", texts);
    }

    [Fact]
    public async Task Invalid_figure_json_fails_before_reaching_the_browser()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => browser.Renderer.RenderSvgAsync("{oops", 640, 400, cancel: TestContext.Current.CancellationToken));
        Assert.Contains("not valid JSON", error.Message);
    }
}
