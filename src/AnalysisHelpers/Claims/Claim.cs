using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Claims;

/// <summary>One claim an article makes, with its provenance. Numbers are in base units of <see cref="Unit"/>.</summary>
public sealed record Claim(
    string ClaimId,
    string SourceId,
    int SourceLine,
    string Category,
    string Subject,
    string Item,
    string Metric,
    double? Value,
    double? ValueLow,
    double? ValueHigh,
    Unit Unit,
    Qualifier Qualifier,
    string Period,
    string AsStated,
    string Attribution,
    string Statement,
    string Note)
{
    public Quantity Quantity => new(Value, ValueLow, ValueHigh, Unit, Qualifier);
    public bool IsQuantitative => Unit != Unit.None;

    /// <summary>The figure as its words read (<see cref="QuantityReading"/>); null for a qualitative claim. The loader
    /// has checked that every quantitative as_stated parses, so this is null only for claims built in memory with
    /// wording the parser does not know.</summary>
    public QuantityReading? Reading => IsQuantitative && QuantityParser.TryRead(AsStated, out var reading) ? reading : null;

    /// <summary>True when the words hedge the figure as approximate, even when the stored qualifier says where it
    /// comes from instead ("approximately $6 million" stored as claimed).</summary>
    public bool WordedApproximately => Qualifier == Qualifier.Approximate || Reading?.WordedApproximately == true;

    /// <summary>True for a vague bare plural ("billions of yuan") whose stored top is the convention's, not the text's.</summary>
    public bool HasConventionalTop => Qualifier == Qualifier.Range && Reading?.ConventionalTop == true;

    /// <summary>The values the figure allows once the rounding of its last written digit is counted: "$1.2 billion" is
    /// 1.15 to 1.25 billion; bounds and ranges as stored; a whole count, year or rank exactly.</summary>
    public Interval Rounded =>
        Value is double v && Reading is { HalfUnit: > 0 } r ? new Interval(v - r.HalfUnit, v + r.HalfUnit) : Quantity.ToInterval();
}
