using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Conflicts;

/// <summary>Two claims from different articles about the same subject and measure that disagree.</summary>
public sealed record Conflict(
    ConflictKind Kind,
    string Subject,
    string Metric,
    Unit Unit,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> SourceIds,
    string Description);
