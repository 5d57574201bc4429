using Plotly.NET;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class TrainingCostChartTests
{
    private static readonly ChartSpec Spec = TrainingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources);

    private static double AxisEnd(FigureJsonReader figure, int end) =>
        Math.Pow(10, figure.Layout.GetProperty("xaxis").GetProperty("range")[end].GetDouble());

    [Fact]
    public void Draws_every_training_cost_claim_in_dollars_and_no_other_claim()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var expected = SampleArticles.Claims
            .Where(c => c.Category == "training_cost" && c.Unit == Unit.USD)
            .Select(c => c.ClaimId).Order().ToList();
        var drawn = figure.Traces.SelectMany(t => Strings(t, "customdata")).Distinct().Order().ToList();
        Assert.Equal(expected, drawn);
        Assert.Equal(expected, Spec.ClaimIds);
    }

    [Fact]
    public void Value_axis_is_logarithmic()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        Assert.Equal("log", figure.Layout.GetProperty("xaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_point_figure_is_a_marker_at_its_value()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var trace = figure.SingleTraceFor(SampleArticles.V3TrainingCost.ClaimId);
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal([SampleArticles.V3TrainingCost.Value!.Value], Numbers(trace, "x"));
        Assert.Contains("markers", trace.GetProperty("mode").GetString());
    }

    [Fact]
    public void An_upper_bound_is_a_cap_at_the_bound_with_an_arrow_to_the_bottom_of_the_axis_and_never_a_bar()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        double bound = SampleArticles.R1TrainingCost.ValueHigh!.Value;
        var trace = figure.SingleTraceFor(SampleArticles.R1TrainingCost.ClaimId);

        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        var x = Numbers(trace, "x");
        Assert.Equal(bound, x[1]);
        Assert.Equal(AxisEnd(figure, 0), x[0], 6);
        Assert.True(x[0] < bound);
        Assert.Equal(StyleParam.MarkerSymbol.TriangleLeft.ToString(), trace.GetProperty("marker").GetProperty("symbol")[0].GetString());
        Assert.Contains(Strings(trace, "text"), t => t.Contains("less than $6M"));
        Assert.DoesNotContain(figure.Traces, t => t.GetProperty("type").GetString() == "bar"
            && Numbers(t, "x").Contains(bound));
    }

    [Fact]
    public void A_lower_bound_is_a_cap_at_the_bound_with_an_arrow_to_the_top_of_the_axis()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        double bound = SampleArticles.Gpt4AtLeast.ValueLow!.Value;
        var trace = figure.SingleTraceFor(SampleArticles.Gpt4AtLeast.ClaimId);

        var x = Numbers(trace, "x");
        Assert.Equal(bound, x[0]);
        Assert.Equal(AxisEnd(figure, 1), x[1], 6);
        Assert.Equal(StyleParam.MarkerSymbol.TriangleRight.ToString(), trace.GetProperty("marker").GetProperty("symbol")[1].GetString());
        Assert.Contains(Strings(trace, "text"), t => t.Contains("more than $100M"));
    }

    [Fact]
    public void A_range_is_a_segment_between_its_bounds()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var claim = SampleArticles.Gpt4Range;
        var trace = figure.SingleTraceFor(claim.ClaimId);
        Assert.Equal([claim.ValueLow!.Value, claim.ValueHigh!.Value], Numbers(trace, "x"));
        Assert.Contains("lines", trace.GetProperty("mode").GetString());
    }

    [Fact]
    public void Every_drawn_value_lies_inside_the_axis_range()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        double low = AxisEnd(figure, 0), high = AxisEnd(figure, 1);
        foreach (var x in figure.Traces.SelectMany(t => Numbers(t, "x")))
        {
            Assert.InRange(x, low * 0.999999, high * 1.000001);
        }
    }

    [Fact]
    public void Rows_are_labelled_with_item_and_article_and_the_same_model_sits_on_adjacent_rows()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var rows = figure.Layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()!).ToList();
        var v3 = Strings(figure.SingleTraceFor(SampleArticles.V3TrainingCost.ClaimId), "y")[0];
        Assert.Equal("DeepSeek-V3 · " + SourceLabels.ShortTitle(SampleArticles.Impact), v3);

        var gpt4Rows = rows.Select((label, index) => (label, index)).Where(r => r.label.StartsWith("GPT-4 ·")).Select(r => r.index).ToList();
        Assert.Equal(2, gpt4Rows.Count);
        Assert.Equal(1, gpt4Rows[1] - gpt4Rows[0]);
    }

    [Fact]
    public void Hover_names_the_claim_its_wording_its_attribution_and_its_article()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        var claim = SampleArticles.V3TrainingCost;
        string hover = Strings(figure.SingleTraceFor(claim.ClaimId), "hovertext")[0];
        Assert.Contains(claim.ClaimId, hover);
        Assert.Contains(claim.AsStated, hover);
        Assert.Contains(claim.Attribution, hover);
        Assert.Contains(HtmlText.Escape(SampleArticles.Impact.Title), hover);
    }

    [Fact]
    public void The_source_line_names_the_articles_and_claims_drawn()
    {
        using var figure = new FigureJsonReader(Spec.FigureJson);
        string sourceLine = figure.Annotations[0].GetProperty("text").GetString()!.Replace("<br>", " ");
        Assert.StartsWith("Source: ", sourceLine);
        Assert.Contains(HtmlText.Escape(SampleArticles.R1.Title), sourceLine);
        Assert.Contains("C071", sourceLine);
        Assert.DoesNotContain(SampleArticles.Takeaways.Title, sourceLine);
    }
}
