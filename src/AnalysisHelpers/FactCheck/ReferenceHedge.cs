using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.FactCheck;

/// <summary>Whether a reference hedges its figure and whether the article kept the hedge. A reference hedges when
/// its numbers are only a floor or a ceiling, or when its <c>hedge</c> column records the words it hedges with; an
/// article drops the hedge when it writes the figure as a plain point.</summary>
internal static class ReferenceHedge
{
    /// <summary>How the reference hedges, in words for an explanation ("only a floor", "“probably”"), or null.</summary>
    public static string? Of(ReferenceFigure reference)
    {
        var figure = Figure.Of(reference);
        if (figure.IsFloorOnly) return "only a floor";
        if (figure.IsCeilingOnly) return "only a ceiling";
        return reference.Hedge.Length > 0 ? "“" + reference.Hedge + "”" : null;
    }

    /// <summary>True when the article writes the figure as a plain point. The stored qualifier records where a
    /// figure comes from (claimed, estimate), so the wording itself decides when it can be read.</summary>
    public static bool StatedFlat(Claim claim)
    {
        if (!claim.Qualifier.IsPoint() || claim.Value is null) return false;
        if (claim.Reading is { } reading) return reading.Quantity.Qualifier == Qualifier.Exact;
        return claim.Qualifier == Qualifier.Exact;
    }
}
