namespace AnalysisHelpers.Quantities;

/// <summary>A closed interval of doubles with interval arithmetic, so that bounds carry through formulas.</summary>
public readonly record struct Interval(double Low, double High)
{
    public static Interval Point(double value) => new(value, value);

    public bool IsPoint => Low == High;
    public bool IsBounded => double.IsFinite(Low) && double.IsFinite(High);

    public bool Contains(double x) => Low <= x && x <= High;

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);
    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public static Interval operator *(Interval a, Interval b)
    {
        var p = new[] { Mul(a.Low, b.Low), Mul(a.Low, b.High), Mul(a.High, b.Low), Mul(a.High, b.High) };
        return new(p.Min(), p.Max());
    }

    /// <summary>Division. A divisor that is non-negative and touches zero ("less than $6 million" is [0, 6e6]) gives
    /// an unbounded result for a positive dividend, which is what "more than N times" means; a divisor that spans
    /// negative and positive values has no meaningful quotient.</summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.Low < 0 && b.High > 0 || b.Low == 0 && b.High == 0)
            throw new DivideByZeroException($"Cannot divide by an interval that contains zero: {b}.");
        // Each corner is a true quotient, so point intervals divide exactly (3 / 5 is 0.6, not 3 × 0.2).
        double sideOfZero = b.Low == 0 ? 1 : -1;
        var q = new[] { Div(a.Low, b.Low, sideOfZero), Div(a.Low, b.High, sideOfZero), Div(a.High, b.Low, sideOfZero), Div(a.High, b.High, sideOfZero) };
        return new(q.Min(), q.Max());
    }

    /// <summary>x / y where y is an end of a divisor that lies wholly on one side of zero: a zero end stands for values
    /// approaching zero from that side, an infinite end gives zero, and a zero dividend stays zero.</summary>
    private static double Div(double x, double y, double sideOfZero)
    {
        if (x == 0 || double.IsInfinity(y)) return 0;
        if (y == 0) return x * sideOfZero * double.PositiveInfinity;
        return x / y;
    }

    // 0 * infinity is 0 here: a zero factor pins the product whatever the other side's open bound.
    private static double Mul(double x, double y) => x == 0 || y == 0 ? 0 : x * y;

    public override string ToString() =>
        IsPoint ? Low.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
                : $"[{Low.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, {High.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}]";
}
