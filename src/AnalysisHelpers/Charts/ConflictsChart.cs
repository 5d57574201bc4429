using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>The conflicts whose claims carry figures, each numbered in the order of the conflicts table (by kind),
/// its claims on adjacent rows with their bounds drawn; one panel per unit, since a dollar figure and a share cannot
/// share an axis. Conflicts about facts without a number (stances, named players, dates) are in the table only.</summary>
public static class ConflictsChart
{
    public const string Id = "conflicts";
    public const string Title = "Where the articles disagree";

    public static ChartSpec Build(IEnumerable<Conflict> conflicts, IEnumerable<Claim> claims, IEnumerable<Source> sources)
    {
        var conflictList = conflicts.ToList();
        var claimList = claims.ToList();
        var sourceList = sources.ToList();
        var byId = SourceLabels.ById(sourceList);
        var claimById = claimList.DistinctBy(c => c.ClaimId, StringComparer.Ordinal).ToDictionary(c => c.ClaimId, StringComparer.Ordinal);

        var numbered = conflictList.Select((c, i) => (Number: i + 1, Conflict: c)).ToList();
        var entries = numbered
            .SelectMany(n => n.Conflict.ClaimIds
                .Where(id => claimById.TryGetValue(id, out var c) && c.IsQuantitative)
                .Select(id => (n.Number, n.Conflict, Claim: claimById[id])))
            .ToList();
        var panels = new List<RowPanel>();
        foreach (var unitGroup in entries.GroupBy(e => e.Claim.Unit).OrderBy(g => g.Key))
        {
            var unitEntries = unitGroup.ToList();
            var labels = RowLabels.Unique(unitEntries
                .Select(e => ($"#{e.Number} {RowLabels.ItemAndSource(e.Claim, byId.GetValueOrDefault(e.Claim.SourceId))}", $"{e.Claim.ClaimId} in #{e.Number}"))
                .ToList());
            var rows = unitEntries
                .Select((e, i) => BoundedRow.FromClaim(e.Claim, labels[i], byId.GetValueOrDefault(e.Claim.SourceId)) is { } row
                    ? row with { Hover = row.Hover + "<br>" + HtmlText.Escape($"conflict #{e.Number} ({e.Conflict.Kind.Describe()}): {e.Conflict.Explanation}"), Group = $"#{e.Number}" }
                    : null)
                .OfType<BoundedRow>()
                .ToList();
            if (rows.Count == 0) continue;
            var unit = unitGroup.Key;
            bool log = (unit is Unit.USD or Unit.CNY or Unit.Count) && rows.SelectMany(r => r.DrawnValues).All(v => v > 0);
            var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), unit, log);
            panels.Add(new RowPanel(UnitHeading(unit), rows, axis, UnitHeading(unit) + (log ? " (log scale)" : "")));
        }
        if (panels.Count == 0)
        {
            panels.Add(new RowPanel("No conflicts with figures", [], ValueAxis.Covering([], Unit.USD, log: true), "US dollars (log scale)"));
        }
        var drawnNumbers = entries.Select(e => e.Number).Distinct().ToList();
        var drawn = entries.Select(e => e.Claim).DistinctBy(c => c.ClaimId).OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
        string caption = conflictList.Count == 0
            ? "No conflicts between articles or with the reference figures were found."
            : $"{Counted.Of(conflictList.Count, "conflict", "conflicts")} of {Counted.Of(conflictList.Select(c => c.Kind).Distinct().Count(), "kind", "kinds")}, numbered as in the conflicts table; " +
              $"the {drawnNumbers.Count} whose claims carry a figure {(drawnNumbers.Count == 1 ? "is" : "are")} drawn: " +
              string.Join("; ", numbered.Where(n => drawnNumbers.Contains(n.Number)).Select(n => $"#{n.Number} {n.Conflict.Kind.Describe()}")) +
              ". Each conflict's explanation is in the conflicts table, as are the others, which are about facts without a figure.";
        return RowChart.Build(Id, Title, caption, panels, drawn, sourceList, [], notDrawnWhere: "the conflicts table");
    }

    private static string UnitHeading(Unit unit) => unit switch
    {
        Unit.USD => "US dollars",
        Unit.CNY => "Chinese yuan",
        Unit.Count => "count",
        Unit.Fraction => "share",
        Unit.Year => "year",
        Unit.Years => "years",
        Unit.Rank => "rank",
        Unit.Multiple => "multiple",
        _ => unit.ToToken(),
    };
}
