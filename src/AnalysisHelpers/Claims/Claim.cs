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
}
