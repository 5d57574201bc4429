namespace AnalysisHelpers.FactCheck;

/// <summary>The relation tokens of claim_reference_links.csv.</summary>
public static class Relations
{
    public const string SameQuantity = "same-quantity";
    public const string DifferentScope = "different-scope";
    public const string BoundCheck = "bound-check";
    public const string BasePeriod = "base-period";
    public const string AttributionCheck = "attribution-check";
    public const string Timing = "timing";

    public static IReadOnlyList<string> All { get; } = [SameQuantity, DifferentScope, BoundCheck, BasePeriod, AttributionCheck, Timing];
}
