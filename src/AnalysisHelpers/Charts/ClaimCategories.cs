namespace AnalysisHelpers.Charts;

/// <summary>The claim categories charts select on, in the order the workbook presents them.</summary>
public static class ClaimCategories
{
    public const string TrainingCost = "training_cost";
    public const string OperatingCost = "operating_cost";
    public const string CostEfficiency = "cost_efficiency";
    public const string Funding = "funding";
    public const string Pledge = "pledge";
    public const string Market = "market";
    public const string Adoption = "adoption";
    public const string Competition = "competition";
    public const string Performance = "performance";
    public const string Hardware = "hardware";
    public const string Policy = "policy";
    public const string Company = "company";

    public static IReadOnlyList<string> All { get; } =
    [
        TrainingCost, OperatingCost, CostEfficiency, Funding, Pledge, Market,
        Adoption, Competition, Performance, Hardware, Policy, Company,
    ];

    public static bool Is(string? category, string expected) =>
        string.Equals(category?.Trim(), expected, StringComparison.OrdinalIgnoreCase);
}
