using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Conflicts;

/// <summary>Finds claims in different articles that disagree about the same thing. Claims are compared when they
/// share subject, metric and unit (and period, when both state one). A pair is reported when
/// <list type="bullet">
/// <item>their intervals do not overlap and the stated figures are not within <see cref="Tolerance"/> of each other
/// (incompatible values; only for the same item, since different models may well cost different amounts);</item>
/// <item>their stated figures agree but are attached to different items (same figure, different items);</item>
/// <item>their stated figures agree but are hedged differently (same figure, different hedging).</item>
/// </list>
/// Results are ordered by kind and then claim ids, so the same claims always give the same list.</summary>
public static class ConflictFinder
{
    /// <summary>Relative difference within which two stated figures count as the same figure.</summary>
    public const double Tolerance = 0.10;

    public static IReadOnlyList<Conflict> Find(IEnumerable<Claim> claims)
    {
        var quantitative = claims
            .Where(c => c.IsQuantitative && StatedFigure(c) is not null)
            .OrderBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToList();
        var conflicts = new List<Conflict>();
        foreach (var group in quantitative.GroupBy(c => (Key(c.Subject), Key(c.Metric), c.Unit)))
        {
            var members = group.ToList();
            for (int i = 0; i < members.Count; i++)
            {
                for (int j = i + 1; j < members.Count; j++)
                {
                    conflicts.AddRange(Compare(members[i], members[j]));
                }
            }
        }
        return conflicts
            .OrderBy(c => c.Kind)
            .ThenBy(c => string.Join(" ", c.ClaimIds), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The conflicts as a table (see <see cref="ConflictTable.ToDataFrame"/>).</summary>
    public static Microsoft.Data.Analysis.DataFrame ToDataFrame(IEnumerable<Conflict> conflicts) => conflicts.ToDataFrame();

    private static IEnumerable<Conflict> Compare(Claim a, Claim b)
    {
        if (string.Equals(a.SourceId, b.SourceId, StringComparison.Ordinal)) yield break;
        if (a.Period.Trim().Length > 0 && b.Period.Trim().Length > 0 && Key(a.Period) != Key(b.Period)) yield break;

        bool sameFigure = SameFigure(StatedFigure(a)!.Value, StatedFigure(b)!.Value);
        bool itemsDiffer = Key(a.Item).Length > 0 && Key(b.Item).Length > 0 && Key(a.Item) != Key(b.Item);

        if (!sameFigure && !itemsDiffer && !Overlap(a.Quantity.ToInterval(), b.Quantity.ToInterval()))
        {
            yield return Make(ConflictKind.IncompatibleValues, a, b, "the figures cannot both hold");
        }
        if (sameFigure && itemsDiffer)
        {
            yield return Make(ConflictKind.SameFigureDifferentItems, a, b,
                $"the same figure is given for {Item(a)} in one article and {Item(b)} in the other");
        }
        if (sameFigure && a.Qualifier != b.Qualifier)
        {
            yield return Make(ConflictKind.DifferentQualifier, a, b,
                $"the same figure is {Hedging(a.Qualifier)} in one article and {Hedging(b.Qualifier)} in the other");
        }
    }

    /// <summary>The numbers the article wrote, whatever their hedging: the value of a point, the bound of a
    /// one-sided figure, both ends of a range.</summary>
    private static Interval? StatedFigure(Claim claim) => claim.Quantity switch
    {
        { Value: double v } => new Interval(v, v),
        { Qualifier: Qualifier.UpperBound, High: double h } => new Interval(h, h),
        { Qualifier: Qualifier.LowerBound, Low: double l } => new Interval(l, l),
        { Qualifier: Qualifier.Range, Low: double l, High: double h } => new Interval(l, h),
        _ => null,
    };

    private static bool SameFigure(Interval a, Interval b) => Close(a.Low, b.Low) && Close(a.High, b.High);

    private static bool Close(double x, double y) =>
        x == y || Math.Abs(x - y) <= Tolerance * Math.Max(Math.Abs(x), Math.Abs(y));

    private static bool Overlap(Interval a, Interval b) => a.Low <= b.High && b.Low <= a.High;

    private static Conflict Make(ConflictKind kind, Claim a, Claim b, string why)
    {
        string description =
            $"{a.Subject} {a.Metric.Replace('_', ' ')}: {Side(a)} vs {Side(b)}; {why}.";
        return new Conflict(kind, a.Subject, a.Metric, a.Unit, [a.ClaimId, b.ClaimId], [a.SourceId, b.SourceId], description);
    }

    private static string Side(Claim claim) =>
        $"{NumberFormat.FormatQuantity(claim.Quantity)} for {Item(claim)} (“{claim.AsStated}”, {claim.ClaimId}, {claim.SourceId})";

    private static string Hedging(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "stated plainly",
        Qualifier.Approximate => "given as approximate",
        Qualifier.LowerBound => "a lower bound",
        Qualifier.UpperBound => "an upper bound",
        Qualifier.Range => "a range",
        Qualifier.Projected => "a projection",
        Qualifier.Claimed => "a party's own claim",
        Qualifier.Rumored => "a rumour",
        Qualifier.Estimate => "an estimate",
        _ => qualifier.ToToken(),
    };

    private static string Item(Claim claim) => string.IsNullOrWhiteSpace(claim.Item) ? claim.Subject : claim.Item;

    private static string Key(string? text) => (text ?? string.Empty).Trim().ToLowerInvariant();
}
