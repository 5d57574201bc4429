using AnalysisHelpers.Charts;

namespace AnalysisHelpers.Tests.Charts;

public sealed class PlotlyJsTests
{
    [Fact]
    public void Bundle_is_read_from_plotly_net_with_its_version()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", PlotlyJs.Version);
        Assert.Contains(PlotlyJs.Version, PlotlyJs.ResourceName);
        Assert.True(PlotlyJs.Source.Length > 1_000_000, $"plotly.js is only {PlotlyJs.Source.Length} characters.");
        Assert.StartsWith("<script>", PlotlyJs.ScriptElement);
    }

    [Fact]
    public void Resource_search_picks_the_minified_bundle_and_not_its_licence()
    {
        string[] names = ["Plotly.NET.plotly-9.1.2.min.js.LICENSE.txt", "Other.resource", "Plotly.NET.plotly-9.1.2.min.js"];

        Assert.Equal("Plotly.NET.plotly-9.1.2.min.js", PlotlyJs.FindBundleResource(names, "Test"));
        Assert.Equal("9.1.2", PlotlyJs.ReadVersion("Plotly.NET.plotly-9.1.2.min.js", "x"));
    }

    [Fact]
    public void Missing_bundle_error_lists_the_resources_that_exist()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PlotlyJs.FindBundleResource(["A.txt", "B.js"], "Some.dll"));

        Assert.Contains("Some.dll", error.Message);
        Assert.Contains("A.txt, B.js", error.Message);
    }
}
