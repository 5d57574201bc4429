using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>Adoption figures: counts (downloads, users) in one panel and shares in another, since a count and a
/// percentage cannot share an axis. "Over 600 million" stays an arrow from 600 million, not a bar.</summary>
public static class AdoptionChart
{
    public const string Id = "adoption";
    public const string Title = "Adoption of Chinese models: downloads and shares";

    private static readonly (Unit Unit, string Heading, string AxisTitle)[] Panels =
    [
        (Unit.Count, "Downloads and users", "count"),
        (Unit.Fraction, "Shares", "share"),
    ];

    public static ChartSpec Build(IEnumerable<Claim> claims, IEnumerable<Source> sources)
    {
        var claimList = claims.ToList();
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var panels = new List<RowPanel>();
        var drawn = new List<Claim>();
        foreach (var (unit, heading, axisTitle) in Panels)
        {
            var selected = ClaimRows.BySubjectAndItem(claimList
                .Where(c => ClaimCategories.Is(c.Category, ClaimCategories.Adoption) && c.Unit == unit));
            var rows = ClaimRows.Of(selected, byId, RowLabels.SubjectMetricAndSource);
            drawn.AddRange(ClaimRows.Drawn(selected, rows));
            var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), unit, log: false);
            panels.Add(new RowPanel(heading, rows, axis, axisTitle));
        }
        string caption =
            $"{Counted.Of(drawn.Count, "adoption claim", "adoption claims")}: counts and shares in separate panels, each on a linear axis from zero. " +
            "A cap with an arrow to the right edge is a lower bound (\"over 600 million\"); a dot is a figure as stated.";
        return RowChart.Build(Id, Title, caption, panels, drawn.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList(), sourceList, []);
    }
}
