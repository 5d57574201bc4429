using AnalysisHelpers.Charts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Charts;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisHelpers.Tests.Formatting;

public class DisplayFormattersTests
{
    public DisplayFormattersTests() => DisplayFormatters.Register();

    [Fact]
    public void Registering_again_changes_nothing()
    {
        var spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        string before = Formatter.ToDisplayString(spec, DisplayFormatters.Html);
        DisplayFormatters.Register();
        Assert.True(DisplayFormatters.IsRegistered);
        Assert.Equal(before, Formatter.ToDisplayString(spec, DisplayFormatters.Html));
    }

    [Fact]
    public void A_dataframe_displays_as_an_escaped_table()
    {
        var frame = new DataFrame(new StringDataFrameColumn("as_stated", ["<img src=x onerror=alert(1)>"]));
        string html = Formatter.ToDisplayString(frame, DisplayFormatters.Html);
        Assert.Equal(DataFrameHtml.Render(frame, DisplayFormatters.MaxRows), html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void A_chart_spec_and_its_chart_display_as_plotly_html()
    {
        var spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);
        Assert.Equal(ChartMime.Html(spec), Formatter.ToDisplayString(spec, DisplayFormatters.Html));
        Assert.Equal(ChartMime.Html(spec.Chart), Formatter.ToDisplayString(spec.Chart, DisplayFormatters.Html));
    }

    [Fact]
    public void Claims_quantities_intervals_and_derived_figures_display_in_house_format()
    {
        var claim = SampleArticles.Gpt4AtLeast;
        var figure = new DerivedFigure("d", "Derived", "a × b", ["C001"], Interval.Point(1.4e8), Unit.USD, "");
        Assert.Equal(ValueDisplay.PlainText(claim), Formatter.ToDisplayString(claim, DisplayFormatters.PlainText));
        Assert.Equal(ValueDisplay.Html(claim), Formatter.ToDisplayString(claim, DisplayFormatters.Html));
        Assert.Equal("> $100M", Formatter.ToDisplayString(claim.Quantity, DisplayFormatters.PlainText));
        Assert.Equal(ValueDisplay.Html(figure), Formatter.ToDisplayString(figure, DisplayFormatters.Html));
        Assert.Equal("≥ 100000000", Formatter.ToDisplayString(claim.Quantity.ToInterval(), DisplayFormatters.PlainText));
    }
}
