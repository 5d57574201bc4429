using AnalysisHelpers.Claims;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.FactCheck;

/// <summary>One side of a comparison, claim or reference, reduced to what the checks need: a unit token and the
/// numbers as stored. Claims and references share the bound conventions, except that a reference may keep a point
/// value beside its bounds (a figure with a spread, or a floor that is also the stated figure).</summary>
internal sealed record Figure(string UnitToken, double? Point, double? Low, double? High)
{
    public const string NoUnit = "none";

    public static Figure Of(Claim claim) => new(claim.Unit.ToToken(), claim.Value, claim.ValueLow, claim.ValueHigh);

    public static Figure Of(ReferenceFigure reference) =>
        new(reference.Unit, reference.Value, reference.ValueLow, reference.ValueHigh);

    public bool HasNumber => UnitToken != NoUnit && (Point is not null || Low is not null || High is not null);

    /// <summary>True when a floor, a ceiling or both are known; the point, if any, then sits within them.</summary>
    public bool HasBounds => Low is not null || High is not null;

    public bool IsFlatPoint => Point is not null && !HasBounds;
    public bool IsFloorOnly => Low is not null && High is null;
    public bool IsCeilingOnly => High is not null && Low is null;

    /// <summary>The values the figure allows. Bounds win over a point kept beside them, because they say how far
    /// the figure may be trusted; an open low side is zero for amounts and counts, which cannot be negative.</summary>
    public Interval? Interval
    {
        get
        {
            if (!HasNumber) return null;
            if (!HasBounds) return Quantities.Interval.Point(Point!.Value);
            double floor = UnitToken == "fraction" ? double.NegativeInfinity : 0;
            return new Interval(Low ?? floor, High ?? double.PositiveInfinity);
        }
    }

    /// <summary>The one number that stands for the figure: its point, or the only bound it has. A range without a
    /// point has none, since its midpoint would be made up.</summary>
    public double? Single => !HasNumber ? null : Point ?? (Low is null ? High : High is null ? Low : null);
}
