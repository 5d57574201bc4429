using Plotly.NET;
using AnalysisHelpers.Charts;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using static AnalysisHelpers.Tests.Charts.FigureJsonReader;

namespace AnalysisHelpers.Tests.Charts;

public class OperatingCostChartTests
{
    private static readonly DerivedFigure ImpliedCost = new(
        "implied-operating-cost-kaifu-lee-c008-c009", "DeepSeek's implied operating cost (2024)",
        "DeepSeek operating cost = OpenAI operating cost × DeepSeek's stated share of it",
        [SampleArticles.OpenAiOperatingCost.ClaimId, SampleArticles.DeepSeekShare.ClaimId],
        Interval.Point(SampleArticles.OpenAiOperatingCost.Value!.Value * SampleArticles.DeepSeekShare.Value!.Value), Unit.USD, "");

    private static ChartSpec Build() => OperatingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources, [ImpliedCost]);

    [Fact]
    public void Stated_operating_costs_are_filled_markers_at_their_values_on_a_log_axis()
    {
        using var figure = new FigureJsonReader(Build().FigureJson);
        var trace = figure.SingleTraceFor(SampleArticles.OpenAiOperatingCost.ClaimId);
        Assert.Equal([SampleArticles.OpenAiOperatingCost.Value!.Value], Numbers(trace, "x"));
        Assert.Equal(StyleParam.MarkerSymbol.Circle.ToString(), trace.GetProperty("marker").GetProperty("symbol")[0].GetString());
        Assert.Equal("log", figure.Layout.GetProperty("xaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_derived_figure_is_drawn_open_at_its_value_with_its_formula_in_the_hover()
    {
        using var figure = new FigureJsonReader(Build().FigureJson);
        var trace = figure.SingleTraceFor(ImpliedCost.Id);
        Assert.Equal([ImpliedCost.Value.Low], Numbers(trace, "x"));
        Assert.Equal(StyleParam.MarkerSymbol.NewModified(StyleParam.MarkerSymbol.Diamond, StyleParam.SymbolStyle.Open).ToString(), trace.GetProperty("marker").GetProperty("symbol")[0].GetString());
        string hover = Strings(trace, "hovertext")[0];
        Assert.Contains("derived: " + HtmlText.Escape(ImpliedCost.Formula), hover);
        Assert.EndsWith("(derived)", Strings(trace, "y")[0]);
    }

    [Fact]
    public void The_inputs_of_a_derived_figure_are_credited_even_when_not_drawn()
    {
        var spec = Build();
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Empty(figure.TracesFor(SampleArticles.DeepSeekShare.ClaimId));
        Assert.Contains(SampleArticles.DeepSeekShare.ClaimId, spec.ClaimIds);
        Assert.Contains(ImpliedCost.Id, figure.Annotations[0].GetProperty("text").GetString()!.Replace("<br>", " "));
    }

    [Fact]
    public void A_derived_figure_in_another_unit_is_left_out()
    {
        var ratio = ImpliedCost with { Id = "ratio", Unit = Unit.Multiple };
        var spec = OperatingCostChart.Build(SampleArticles.Claims, SampleArticles.Sources, [ratio]);
        using var figure = new FigureJsonReader(spec.FigureJson);
        Assert.Empty(figure.TracesFor("ratio"));
    }
}
