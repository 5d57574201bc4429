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
        var selected = claims
            .Where(c => ClaimCategories.Is(c.Category, ClaimCategories.TrainingCost) && c.Unit == Unit.USD)
            .OrderBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => RowLabels.ItemOrSubject(c), StringComparer.Ordinal)
            .ThenBy(c => c.SourceId, StringComparer.Ordinal)
            .ThenBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToList();
        var labels = RowLabels.Unique(selected
            .Select(c => (RowLabels.ItemAndSource(c, byId.GetValueOrDefault(c.SourceId)), c.ClaimId)).ToList());
        var rows = selected
            .Select((c, i) => BoundedRow.FromClaim(c, labels[i], byId.GetValueOrDefault(c.SourceId)))
            .OfType<BoundedRow>()
            .ToList();
        var drawnIds = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var drawn = selected.Where(c => drawnIds.Contains(c.ClaimId)).ToList();
        var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), Unit.USD, log: true);
        var panel = new RowPanel("Training cost", rows, axis, "training cost, US dollars (log scale)");
        string caption =
            $"{Counted.Of(drawn.Count, "training-cost claim", "training-cost claims")} from {Counted.Of(drawn.Select(c => c.SourceId).Distinct().Count(), "article", "articles")}, in US dollars on a log scale. " +
            "A dot is a figure as stated; a cap with an arrow to the left edge is an upper bound (\"less than\"), " +
            "an arrow to the right edge a lower bound (\"more than\"); a segment is a range.";
        return RowChart.Build(Id, Title, caption, [panel], drawn, sourceList, []);
    }
}
