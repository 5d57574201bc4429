using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.FactCheck;

/// <summary>The outcome of checking one claim against one reference figure (one row of claim_reference_links).
/// Intervals are in base units; an open side is infinite, and a side without a number is null.</summary>
/// <param name="Relation">The link's relation token (same-quantity, bound-check, ...).</param>
/// <param name="ClaimInterval">The values the claim allows; null when it states no number.</param>
/// <param name="ReferenceInterval">The values the reference allows; null when it gives no number.</param>
/// <param name="Ratio">The claim's figure over the reference's, when two plain amounts of the same quantity in one
/// unit were compared; null for bounds, ranges, years and figures of different quantities or scopes, so no ratio of
/// a ceiling or of a loss to a cost is ever printed.</param>
/// <param name="PercentDifference">(Ratio − 1) × 100: 7.6 means the claim is 7.6% above the reference.</param>
/// <param name="BoundHolds">For comparisons that involve a bound or range on either side: whether the other figure
/// satisfies it. Null when no bound was checked.</param>
/// <param name="Explanation">One sentence saying what was compared and what it showed.</param>
/// <param name="LinkNote">The link's own note, as the data records it.</param>
/// <param name="DerivedId">The derived figure the check went through, when the claim was carried to the reference's
/// quantity by a formula (the prior-year total behind a stated fall); null otherwise.</param>
public sealed record FactCheckResult(
    string ClaimId,
    string RefId,
    string Relation,
    Verdict Verdict,
    Interval? ClaimInterval,
    Interval? ReferenceInterval,
    double? Ratio,
    double? PercentDifference,
    bool? BoundHolds,
    string Explanation,
    string Citation,
    string LinkNote,
    Claim Claim,
    ReferenceFigure Reference,
    string? DerivedId = null);
