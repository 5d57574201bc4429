using AnalysisHelpers.Claims;
using AnalysisHelpers.Derived;

namespace AnalysisHelpers.Charts;

/// <summary>The claims a chart rests on: those it draws plus those its derived figures were computed from.</summary>
internal static class ChartEvidence
{
    public static IReadOnlyList<Claim> Of(IEnumerable<Claim> drawn, IEnumerable<DerivedFigure> derived, IEnumerable<Claim> allClaims)
    {
        var ids = derived.SelectMany(d => d.ClaimIds).ToHashSet(StringComparer.Ordinal);
        return drawn
            .Concat(allClaims.Where(c => ids.Contains(c.ClaimId)))
            .DistinctBy(c => c.ClaimId, StringComparer.Ordinal)
            .OrderBy(c => c.ClaimId, StringComparer.Ordinal)
            .ToList();
    }
}
