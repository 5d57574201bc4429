using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Charts;

/// <summary>The numeric axis of a panel: its scale, its ends in data units and tick labels in house number format.
/// One-sided bounds are drawn as arrows that reach <see cref="Min"/> or <see cref="Max"/>.</summary>
internal sealed record ValueAxis(bool Log, double Min, double Max, Unit Unit)
{
    // Extra room on a log axis, in decades: below the smallest figure for arrows, above the largest for its label.
    private const double LogPadBelow = 0.5;
    private const double LogPadAbove = 0.9;

    /// <summary>An axis covering the given figures. Log axes suit money and counts spanning decades; a linear axis
    /// starts at zero, and a fraction axis stops at 100% unless a figure goes beyond it.</summary>
    public static ValueAxis Covering(IEnumerable<double> values, Unit unit, bool log)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (log)
        {
            var positive = finite.Where(v => v > 0).ToList();
            double lo = positive.Count > 0 ? positive.Min() : 1, hi = positive.Count > 0 ? positive.Max() : 10;
            return new ValueAxis(true, Math.Pow(10, Math.Floor((Math.Log10(lo) - LogPadBelow) * 10) / 10),
                Math.Pow(10, Math.Ceiling((Math.Log10(hi) + LogPadAbove) * 10) / 10), unit);
        }
        double min = Math.Min(0, finite.DefaultIfEmpty(0).Min());
        double max = finite.DefaultIfEmpty(1).Max();
        if (unit == Unit.Fraction && max <= 1 && min >= 0) return new ValueAxis(false, 0, 1, unit);
        return new ValueAxis(false, min < 0 ? min * 1.15 : 0, max > 0 ? NiceCeiling(max * 1.3) : 1, unit);
    }

    /// <summary>Where a value lies along the axis, from 0 at <see cref="Min"/> to 1 at <see cref="Max"/>.</summary>
    public double Position(double value)
    {
        if (!double.IsFinite(value)) return value > 0 ? 1 : 0;
        double span = Log ? Math.Log10(Max) - Math.Log10(Min) : Max - Min;
        if (span <= 0 || (Log && value <= 0)) return 0;
        return Math.Clamp((Log ? Math.Log10(value) - Math.Log10(Min) : value - Min) / span, 0, 1);
    }

    /// <summary>The Plotly axis range; a log axis takes its range in decades.</summary>
    public double[] Range => Log ? [Math.Log10(Min), Math.Log10(Max)] : [Min, Max];

    public IReadOnlyList<double> TickValues()
    {
        var ticks = new List<double>();
        if (Log)
        {
            int first = (int)Math.Ceiling(Math.Log10(Min) - 1e-9), last = (int)Math.Floor(Math.Log10(Max) + 1e-9);
            // Over a short span decades alone leave too few ticks; add the 3× marks.
            bool dense = last - first < 3;
            for (int k = first - 1; k <= last; k++)
            {
                foreach (double tick in dense ? new[] { Math.Pow(10, k), 3 * Math.Pow(10, k) } : [Math.Pow(10, k)])
                {
                    if (tick >= Min * 0.999 && tick <= Max * 1.001) ticks.Add(tick);
                }
            }
            return ticks;
        }
        double step = NiceStep((Max - Min) / 5);
        for (double t = Math.Ceiling(Min / step) * step; t <= Max + step * 1e-9; t += step)
        {
            ticks.Add(Math.Round(t / step) * step);
        }
        return ticks;
    }

    /// <summary>The axis as Plotly.NET draws it, anchored to the panel's category axis.</summary>
    public Plotly.NET.LayoutObjects.LinearAxis ToLayout(string title, Plotly.NET.StyleParam.LinearAxisId anchor)
    {
        var ticks = TickValues();
        return HouseStyle.ValueAxis(title, Log ? Plotly.NET.StyleParam.AxisType.Log : Plotly.NET.StyleParam.AxisType.Linear, Range,
            ticks, ticks.Select(t => HtmlText.Escape(NumberFormat.Format(t, Unit))), anchor: anchor);
    }

    /// <summary>A step of 1, 2, 2.5 or 5 times a power of ten near <paramref name="rough"/>.</summary>
    internal static double NiceStep(double rough)
    {
        if (rough <= 0 || !double.IsFinite(rough)) return 1;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * magnitude;
    }

    private static double NiceCeiling(double value)
    {
        double step = NiceStep(value / 5);
        return Math.Ceiling(value / step) * step;
    }
}
