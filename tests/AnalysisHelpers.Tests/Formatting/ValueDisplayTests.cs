using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Tests.Charts;

namespace AnalysisHelpers.Tests.Formatting;

public class ValueDisplayTests
{
    [Fact]
    public void A_claim_in_plain_text_gives_id_figure_wording_and_provenance()
    {
        var claim = SampleArticles.R1TrainingCost;
        string text = ValueDisplay.PlainText(claim);
        Assert.StartsWith($"{claim.ClaimId} [training_cost] DeepSeek DeepSeek-R1 training cost: < $6M", text);
        Assert.Contains($"“{claim.AsStated}”", text);
        Assert.Contains($"{claim.SourceId} line {claim.SourceLine}", text);
    }

    [Fact]
    public void A_claim_in_html_is_an_escaped_field_table()
    {
        var claim = SampleArticles.V3TrainingCost with { Statement = "<script>alert(1)</script>" };
        string html = ValueDisplay.Html(claim);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<th style=\"text-align:left\">figure</th><td style=\"text-align:left\">≈ $6M (claimed)</td>", html);
    }

    [Fact]
    public void A_derived_figure_shows_its_value_formula_and_inputs()
    {
        var figure = new DerivedFigure("avg", "Average deal size", "total ÷ deals", ["C061", "C062"], Interval.Point(1.2e9 / 144), Unit.USD, "");
        Assert.Equal("avg: Average deal size = $8.33M (total ÷ deals; from C061, C062)", ValueDisplay.PlainText(figure));
        Assert.Contains("total ÷ deals", ValueDisplay.Html(figure));
    }

    [Fact]
    public void Quantities_and_intervals_render_in_house_format()
    {
        Assert.Equal("> $100M", ValueDisplay.PlainText(Quantity.AtLeast(1e8, Unit.USD)));
        Assert.Contains("&gt; $100M", ValueDisplay.Html(Quantity.AtLeast(1e8, Unit.USD)));
        Assert.Equal("100000000–1000000000", ValueDisplay.PlainText(new Interval(1e8, 1e9)));
    }
}
