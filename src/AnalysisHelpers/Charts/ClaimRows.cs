using AnalysisHelpers.Claims;

namespace AnalysisHelpers.Charts;

/// <summary>Claims as the rows of one panel, written once for every row chart: one model's figures from different
/// articles ordered side by side, each row labelled uniquely, and which claims got a row (a claim with no value to draw
/// gets none), since the caption counts and the evidence lists only those.</summary>
internal static class ClaimRows
{
    /// <summary>Ordered by subject, item, article and id, so the same model from two articles sits on adjacent rows.</summary>
    public static List<Claim> BySubjectAndItem(IEnumerable<Claim> claims) => claims
        .OrderBy(c => c.Subject, StringComparer.Ordinal)
        .ThenBy(c => RowLabels.ItemOrSubject(c), StringComparer.Ordinal)
        .ThenBy(c => c.SourceId, StringComparer.Ordinal)
        .ThenBy(c => c.ClaimId, StringComparer.Ordinal)
        .ToList();

    /// <summary>A row for each claim that has a value to draw, labelled by <paramref name="label"/> (made unique).</summary>
    public static List<BoundedRow> Of(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Source> byId, Func<Claim, Source?, string> label)
    {
        var labels = RowLabels.Unique(claims.Select(c => (label(c, byId.GetValueOrDefault(c.SourceId)), c.ClaimId)).ToList());
        return claims
            .Select((c, i) => BoundedRow.FromClaim(c, labels[i], byId.GetValueOrDefault(c.SourceId)))
            .OfType<BoundedRow>()
            .ToList();
    }

    /// <summary>The claims that got one of <paramref name="rows"/>, in their own order.</summary>
    public static List<Claim> Drawn(IEnumerable<Claim> claims, IEnumerable<BoundedRow> rows)
    {
        var ids = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return claims.Where(c => ids.Contains(c.ClaimId)).ToList();
    }
}
