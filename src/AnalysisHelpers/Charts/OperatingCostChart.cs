using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>Operating costs in US dollars on a log axis: the figures the articles state, then figures derived from
/// them (such as an operating cost implied by "2% of $7 billion"), drawn open and dashed so they never pass for
/// reported numbers.</summary>
public static class OperatingCostChart
{
    public const string Id = "operating-cost";
    public const string Title = "Operating costs: stated and derived";

    /// <param name="derivedFigures">Derived figures to draw beside the claims; those not in US dollars are left out
    /// because they cannot share the axis.</param>
    public static ChartSpec Build(IEnumerable<Claim> claims, IEnumerable<Source> sources, IEnumerable<DerivedFigure> derivedFigures)
    {
        var claimList = claims.ToList();
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var selected = claimList
            .Where(c => ClaimCategories.Is(c.Category, ClaimCategories.OperatingCost) && c.Unit == Unit.USD)
            .OrderBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.SourceId, StringComparer.Ordinal)
            .ThenBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToList();
        var derived = derivedFigures
            .Where(d => d.Unit == Unit.USD)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

        var labels = RowLabels.Unique(
            selected.Select(c => (RowLabels.SubjectMetricAndSource(c, byId.GetValueOrDefault(c.SourceId)), c.ClaimId))
                .Concat(derived.Select(d => (d.Name + " (derived)", d.Id)))
                .ToList());
        var rows = selected
            .Select((c, i) => BoundedRow.FromClaim(c, labels[i], byId.GetValueOrDefault(c.SourceId)))
            .Concat(derived.Select((d, i) => BoundedRow.FromDerived(d, labels[selected.Count + i], logAxis: true, claimList)))
            .OfType<BoundedRow>()
            .ToList();
        var claimRowIds = rows.Where(r => !r.IsDerived).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var derivedRowIds = rows.Where(r => r.IsDerived).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var drawnClaims = selected.Where(c => claimRowIds.Contains(c.ClaimId)).ToList();
        var drawnDerived = derived.Where(d => derivedRowIds.Contains(d.Id)).ToList();

        var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), Unit.USD, log: true);
        var panel = new RowPanel("Operating cost", rows, axis, "operating cost, US dollars (log scale)");
        string caption =
            $"{Counted.Of(drawnClaims.Count, "operating-cost claim", "operating-cost claims")} and {Counted.Of(drawnDerived.Count, "derived figure", "derived figures")}, in US dollars on a log scale. " +
            "Filled marks are figures the articles state; open marks on dashed lines are derived by the workbook " +
            "(formulas in the derived-figures table). Arrows to an axis edge mark bounds.";
        var evidence = ChartEvidence.Of(drawnClaims, drawnDerived, claimList);
        return RowChart.Build(Id, Title, caption, [panel], evidence, sourceList, drawnDerived,
            notDrawnWhere: "the claims and derived-figures tables");
    }
}
