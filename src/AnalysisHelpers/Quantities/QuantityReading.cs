namespace AnalysisHelpers.Quantities;

/// <summary>A figure as the parser read it, with what its wording says beyond the stored numbers.</summary>
/// <param name="Quantity">The numbers and shape.</param>
/// <param name="WordedApproximately">The words hedge the figure as approximate ("approximately", "about"), whatever
/// qualifier the data stores for where the figure comes from (claimed, estimate).</param>
/// <param name="ConventionalTop">A bare plural ("billions of yuan"): the top of the range is the convention's thousand
/// times the base, not anything the text says, so the figure reads as "at least" its low end.</param>
/// <param name="HalfUnit">How far the true value may lie from a point written with a scale word or as a percentage:
/// half a unit of its last digit ("$1.2 billion" is 1.15 to 1.25 billion, "30%" is 29.5% to 30.5%). Zero for whole
/// numbers written without a scale, and for bounds and ranges, whose written ends are taken as stated.</param>
public sealed record QuantityReading(Quantity Quantity, bool WordedApproximately, bool ConventionalTop, double HalfUnit)
{
    /// <summary>The values the wording allows: a point widened by its rounding, a bound or range as stated.</summary>
    public Interval Rounded()
    {
        var stated = Quantity.ToInterval();
        return Quantity.Value is double v && HalfUnit > 0 ? new Interval(v - HalfUnit, v + HalfUnit) : stated;
    }
}
