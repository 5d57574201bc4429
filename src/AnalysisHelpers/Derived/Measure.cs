using System.Globalization;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Derived;

/// <summary>A claim or a reference figure as an input to a formula: what it measures (subject, item, metric, period,
/// scope), its unit, and two intervals, the figure as written and the values its rounding allows.</summary>
internal sealed record Measure(
    string Id, string SourceId, string Subject, string Item, string Metric, string Period, string Scope,
    string UnitToken, Interval Stated, Interval Rounded, string Text, bool IsPoint, bool IsFloor, bool IsCeiling)
{
    public bool IsReference => SourceId.Length == 0;
    public PartialDate? When => PartialDate.Parse(Period);

    public DerivedInput As(string role) => new(role, Id, SourceId, Text, Rounded, UnitToken);

    public bool Is(string metric) => string.Equals(Metric, metric, StringComparison.Ordinal);
    public bool About(string subject) => string.Equals(Subject, subject, StringComparison.OrdinalIgnoreCase);
    public bool SameThing(Measure other) => About(other.Subject) && string.Equals(Item, other.Item, StringComparison.OrdinalIgnoreCase);
    public bool InUnit(string token) => string.Equals(UnitToken, token, StringComparison.Ordinal);

    /// <summary>A divisor must keep away from zero on one side; a figure of zero yields no ratio.</summary>
    public bool CanDivideBy => !(Rounded.Low < 0 && Rounded.High > 0) && !(Rounded.Low == 0 && Rounded.High == 0)
        && !(Stated.Low < 0 && Stated.High > 0) && !(Stated.Low == 0 && Stated.High == 0);

    public static Measure Of(Claim claim, ClaimAnnotation annotation)
    {
        var q = claim.Quantity;
        return new Measure(claim.ClaimId, claim.SourceId, claim.Subject, claim.Item, claim.Metric, claim.Period, annotation.Scope,
            claim.Unit.ToToken(), q.ToInterval(), claim.Rounded, "“" + claim.AsStated + "”",
            q.Value is not null, q.Qualifier == Qualifier.LowerBound, q.Qualifier == Qualifier.UpperBound);
    }

    /// <summary>A reference with a number; null for one without. A point kept beside a spread stands as that point
    /// when stated and as the spread when rounded; a floor or ceiling stands as the bound.</summary>
    public static Measure? Of(ReferenceFigure r)
    {
        if (r.Unit == "none" || (r.Value is null && r.ValueLow is null && r.ValueHigh is null)) return null;
        bool bounds = r.ValueLow is not null || r.ValueHigh is not null;
        double floor = r.Unit == "fraction" ? double.NegativeInfinity : 0;
        var boundInterval = new Interval(r.ValueLow ?? floor, r.ValueHigh ?? double.PositiveInfinity);
        bool spread = r.Value is not null && r.ValueLow is not null && r.ValueHigh is not null;
        Interval stated, rounded;
        if (spread) { stated = Interval.Point(r.Value!.Value); rounded = boundInterval; }
        else if (bounds) { stated = rounded = boundInterval; }
        else
        {
            stated = Interval.Point(r.Value!.Value);
            double half = ReferenceRounding.HalfUnit(r.Value.Value, r.Unit);
            rounded = new Interval(r.Value.Value - half, r.Value.Value + half);
        }
        string figure = r.Value is double v ? FigureNumber(v, r.Unit)
            : r.ValueLow is double lo && r.ValueHigh is null ? "more than " + FigureNumber(lo, r.Unit)
            : r.ValueHigh is double hi && r.ValueLow is null ? "less than " + FigureNumber(hi, r.Unit)
            : FigureNumber(r.ValueLow!.Value, r.Unit) + "–" + FigureNumber(r.ValueHigh!.Value, r.Unit);
        if (r.Value is not null && r.ValueLow is not null && r.ValueHigh is null) figure = "more than " + figure;
        string text = figure + (r.Period.Length > 0 ? $" for {r.Period}" : "");
        return new Measure(r.RefId, "", r.Subject, r.Item, r.Metric, r.Period, r.Scope, r.Unit, stated, rounded, text,
            IsPoint: !bounds || spread, IsFloor: bounds && !spread && r.ValueHigh is null, IsCeiling: bounds && !spread && r.ValueLow is null);
    }

    internal static string FigureNumber(double value, string unitToken) => unitToken switch
    {
        "gpu_hours" => NumberFormat.Count(value) + " GPU-hours",
        "usd_per_gpu_hour" => "$" + value.ToString("0.##", CultureInfo.InvariantCulture) + " per GPU-hour",
        _ => UnitNames.TryParse(unitToken, out var unit) ? NumberFormat.Format(value, unit) : NumberFormat.Number(value),
    };
}

/// <summary>The rounding a reference's stored number implies, by the convention claims follow for figures written
/// with a scale word or as a percentage: half a unit of the last significant digit at the largest scale not above
/// the number ("2.6 billion" ± 0.05 billion, "944 million" ± 0.5 million, "2%" ± 0.5 percentage points). Amounts
/// below a thousand, whole counts below a million and years are exact, as whole numbers written without a scale
/// are in the claims.</summary>
internal static class ReferenceRounding
{
    private static readonly double[] Scales = [1e12, 1e9, 1e6, 1e3];

    public static double HalfUnit(double value, string unitToken)
    {
        double abs = Math.Abs(value);
        if (unitToken is "year" or "none" || abs == 0 || !double.IsFinite(abs)) return 0;
        if (unitToken == "fraction") return 0.5 * DigitUnit(abs * 100) / 100;
        if (unitToken == "count" && abs < 1e6) return 0;
        if (abs < 1e3) return 0;
        double scale = Scales.First(s => abs >= s);
        return 0.5 * DigitUnit(abs / scale) * scale;
    }

    /// <summary>The place value of the last significant digit of a number written in at most six decimals:
    /// 2.6 gives 0.1, 944 gives 1, 5.576 gives 0.001.</summary>
    private static double DigitUnit(double mantissa)
    {
        var text = Math.Round(mantissa, 6).ToString("0.######", CultureInfo.InvariantCulture);
        int point = text.IndexOf('.');
        return point < 0 ? 1 : Math.Pow(10, -(text.Length - point - 1));
    }
}
