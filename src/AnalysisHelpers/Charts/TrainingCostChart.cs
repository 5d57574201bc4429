using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>Training-cost figures in US dollars, one row per claim, on a log axis. The same model named by
/// different articles sits on adjacent rows, so "≈ $6M" for one model and "&lt; $6M" for another read side by side.</summary>
public static class TrainingCostChart
{
    public const string Id = "training-cost";
    public const string Title = "What training a model cost, as each article states it";

    public static ChartSpec Build(IEnumerable<Claim> claims, IEnumerable<Source> sources)
    {
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var selected = ClaimRows.BySubjectAndItem(claims
            .Where(c => ClaimCategories.Is(c.Category, ClaimCategories.TrainingCost) && c.Unit == Unit.USD));
        var rows = ClaimRows.Of(selected, byId, RowLabels.ItemAndSource);
        var drawn = ClaimRows.Drawn(selected, rows);
        var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), Unit.USD, log: true);
        var panel = new RowPanel("Training cost", rows, axis, "training cost, US dollars (log scale)");
        string caption =
            $"{Counted.Of(drawn.Count, "training-cost claim", "training-cost claims")} from {Counted.Of(drawn.Select(c => c.SourceId).Distinct().Count(), "article", "articles")}, in US dollars on a log scale. " +
            "A dot is a figure as stated; a cap with an arrow to the left edge is an upper bound (\"less than\"), " +
            "an arrow to the right edge a lower bound (\"more than\"); a segment is a range.";
        return RowChart.Build(Id, Title, caption, [panel], drawn, sourceList, []);
    }
}
