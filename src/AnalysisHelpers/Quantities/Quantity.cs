namespace AnalysisHelpers.Quantities;

/// <summary>A figure as a number or bounds, in base units. Exactly the fields its qualifier calls for are set:
/// point qualifiers set <see cref="Value"/>; lower_bound sets <see cref="Low"/>; upper_bound sets
/// <see cref="High"/>; range sets both bounds.</summary>
public sealed record Quantity(double? Value, double? Low, double? High, Unit Unit, Qualifier Qualifier)
{
    public static Quantity Point(double value, Unit unit, Qualifier qualifier = Qualifier.Exact) => new(value, null, null, unit, qualifier);
    public static Quantity AtLeast(double low, Unit unit) => new(null, low, null, unit, Qualifier.LowerBound);
    public static Quantity AtMost(double high, Unit unit) => new(null, null, high, unit, Qualifier.UpperBound);
    public static Quantity Between(double low, double high, Unit unit) => new(null, low, high, unit, Qualifier.Range);

    /// <summary>The interval of values the figure allows (a point is a degenerate interval; an open side is infinite,
    /// except that money and counts never go below zero).</summary>
    public Interval ToInterval()
    {
        if (Value is double v) return new Interval(v, v);
        double floor = Unit is Unit.Fraction ? double.NegativeInfinity : 0;
        return new Interval(Low ?? floor, High ?? double.PositiveInfinity);
    }
}
