using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>Investment pledges and market sell-off figures, each currency in its own panel: yuan are never
/// converted to dollars, because the articles do not give an exchange rate and a silent conversion would put a
/// number in their mouths.</summary>
public static class PledgesAndSelloffChart
{
    public const string Id = "pledges-and-selloff";
    public const string Title = "Pledges and the sell-off, in the currency each article uses";

    private static readonly (string Category, string Heading)[] Categories =
    [
        (ClaimCategories.Pledge, "Pledged investment"),
        (ClaimCategories.Market, "Market value"),
    ];

    private static readonly (Unit Unit, string Name)[] Currencies = [(Unit.USD, "US dollars"), (Unit.CNY, "Chinese yuan, not converted")];

    public static ChartSpec Build(IEnumerable<Claim> claims, IEnumerable<Source> sources)
    {
        var claimList = claims.ToList();
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var panels = new List<RowPanel>();
        var drawn = new List<Claim>();
        foreach (var (category, heading) in Categories)
        {
            foreach (var (unit, unitName) in Currencies)
            {
                var selected = claimList
                    .Where(c => ClaimCategories.Is(c.Category, category) && c.Unit == unit)
                    .OrderBy(c => c.Subject, StringComparer.Ordinal)
                    .ThenBy(c => c.SourceId, StringComparer.Ordinal)
                    .ThenBy(c => c.ClaimId, StringComparer.Ordinal)
                    .ToList();
                if (selected.Count == 0) continue;
                var rows = ClaimRows.Of(selected, byId, RowLabels.SubjectMetricAndSource);
                drawn.AddRange(ClaimRows.Drawn(selected, rows));
                var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), unit, log: true);
                panels.Add(new RowPanel($"{heading} ({unitName})", rows, axis, $"{unitName} (log scale)"));
            }
        }
        if (panels.Count == 0)
        {
            panels.Add(new RowPanel("Pledged investment", [], ValueAxis.Covering([], Unit.USD, log: true), "US dollars (log scale)"));
        }
        string caption =
            $"{Counted.Of(drawn.Count, "pledge or market claim", "pledge and market claims")}. Each currency has its own panel and axis; amounts in yuan are shown " +
            "as stated and not converted. Arrows to an axis edge are bounds; \"billions of yuan\" is drawn as the floor of ¥1B it states, " +
            "since the ¥1T top of its stored range comes from the vague-magnitude convention, not from the article.";
        return RowChart.Build(Id, Title, caption, panels, drawn.OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList(), sourceList, []);
    }
}
