using AnalysisHelpers.Claims;
using AnalysisHelpers.Conflicts;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>Each conflict's claims on adjacent rows with their bounds drawn, numbered so the rows of one conflict
/// read together; one panel per unit, since a dollar figure and a share cannot share an axis.</summary>
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

        // A pair of claims can disagree in more than one way; it is drawn once, numbered, with every way listed.
        var pairs = conflictList
            .GroupBy(c => string.Join("\u0001", c.ClaimIds), StringComparer.Ordinal)
            .Select((group, index) => (Number: index + 1, Conflicts: group.ToList()))
            .ToList();
        var entries = pairs
            .SelectMany(p => p.Conflicts[0].ClaimIds
                .Where(claimById.ContainsKey)
                .Select(id => (p.Number, p.Conflicts, Claim: claimById[id])))
            .ToList();
        var panels = new List<RowPanel>();
        foreach (var unitGroup in entries.GroupBy(e => e.Claim.Unit).OrderBy(g => g.Key))
        {
            var unitEntries = unitGroup.ToList();
            var labels = RowLabels.Unique(unitEntries
                .Select(e => ($"#{e.Number} {RowLabels.ItemAndSource(e.Claim, byId.GetValueOrDefault(e.Claim.SourceId))}", e.Claim.ClaimId))
                .ToList());
            var rows = unitEntries
                .Select((e, i) => BoundedRow.FromClaim(e.Claim, labels[i], byId.GetValueOrDefault(e.Claim.SourceId)) is { } row
                    ? row with { Hover = row.Hover + "<br>" + HtmlText.Escape($"conflict #{e.Number}: {string.Join("; ", e.Conflicts.Select(c => c.Kind.Describe()))}") }
                    : null)
                .OfType<BoundedRow>()
                .ToList();
            var unit = unitGroup.Key;
            bool log = (unit is Unit.USD or Unit.CNY or Unit.Count) && rows.SelectMany(r => r.DrawnValues).All(v => v > 0);
            var axis = ValueAxis.Covering(rows.SelectMany(r => r.DrawnValues), unit, log);
            panels.Add(new RowPanel(UnitHeading(unit), rows, axis, UnitHeading(unit) + (log ? " (log scale)" : "")));
        }
        if (panels.Count == 0)
        {
            panels.Add(new RowPanel("No conflicts found", [], ValueAxis.Covering([], Unit.USD, log: true), "US dollars (log scale)"));
        }
        var drawn = entries.Select(e => e.Claim).DistinctBy(c => c.ClaimId).OrderBy(c => c.ClaimId, StringComparer.Ordinal).ToList();
        string caption = conflictList.Count == 0
            ? "No conflicts between articles were found."
            : string.Join(" ", pairs.Select(p =>
                $"#{p.Number} {string.Join(" and ", p.Conflicts.Select(c => c.Kind.Describe()))}: {p.Conflicts[0].Description}"));
        return RowChart.Build(Id, Title, caption, panels, drawn, sourceList, []);
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
