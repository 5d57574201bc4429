using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.FactCheck;

/// <summary>Each checked claim beside the reference figure that tests it, coloured by verdict. Amounts in US dollars
/// share a log axis; shares, if any were checked, get a linear panel of their own. Figures in other units, in two
/// different units, or with no number stay in the fact-check table.</summary>
public static class FactCheckChart
{
    public const string Id = "fact-check";
    public const string Title = "Article figures beside the reference figures that check them";

    public static ChartSpec Build(IEnumerable<FactCheckResult> results, IEnumerable<Source> sources)
    {
        var all = results.ToList();
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var money = Drawable(all, "USD");
        var shares = Drawable(all, "fraction");

        var moneyRows = FactCheckRows.For(money, byId).ToList();
        var panels = new List<RowPanel>
        {
            new("US dollars", moneyRows, ValueAxis.Covering(moneyRows.SelectMany(r => r.DrawnValues), Unit.USD, log: true),
                "US dollars (log scale)"),
        };
        if (shares.Count > 0)
        {
            var shareRows = FactCheckRows.For(shares, byId).ToList();
            panels.Add(new RowPanel("Shares", shareRows, ValueAxis.Covering(shareRows.SelectMany(r => r.DrawnValues), Unit.Fraction, log: false),
                "share (linear scale)"));
        }

        var drawn = money.Concat(shares).ToList();
        var claims = drawn.Select(r => r.Claim).DistinctBy(c => c.ClaimId).OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
        var refIds = drawn.Select(r => r.RefId).ToHashSet(StringComparer.Ordinal);
        // The reference figures named are those of the rows drawn (a reference row's id is its reference's).
        string ReferencesDrawn(IReadOnlyList<RowPanel> drawnPanels)
        {
            var ids = drawnPanels.SelectMany(p => p.Rows).Where(r => r.IsDerived && refIds.Contains(r.Id)).Select(r => r.Id)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return ids.Count > 0 ? "; reference figures " + string.Join(", ", ids) : "";
        }
        return RowChart.Build(Id, Title, Caption(all.Count, money.Count, shares.Count), panels, claims, sourceList, [],
            notDrawnWhere: "the fact-check table", sourceLineTail: ReferencesDrawn);
    }

    /// <summary>Results whose claim and reference both have numbers in the given unit, in result order.</summary>
    private static List<FactCheckResult> Drawable(IEnumerable<FactCheckResult> results, string unitToken) => results
        .Where(r => r.ClaimInterval is not null && r.ReferenceInterval is not null
            && r.Claim.Unit.ToToken() == unitToken && r.Reference.Unit == unitToken)
        .ToList();

    private static string Caption(int total, int money, int shares)
    {
        string panels = shares > 0
            ? $"{money} claim–reference pairs in US dollars on a log scale, and {shares} in shares on a linear scale in the second panel."
            : $"{money} claim–reference pairs in US dollars on a log scale; no shares were checked.";
        return panels +
            " Each article figure (filled mark) sits above the reference figure it was checked against (open mark, dashed line); " +
            "colour gives the verdict. An arrow running to the edge of the axis is a one-sided bound (\"less than\", \"more than\"), " +
            $"a segment a range. The other {total - money - shares} checks (other units, a unit on each side that differs, or no figure) " +
            "are in the fact-check table only.";
    }
}
