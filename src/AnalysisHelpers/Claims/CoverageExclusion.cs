namespace AnalysisHelpers.Claims;

/// <summary>A figure-like span of an article that needs no claim of its own, with the reason
/// (coverage_exclusions.csv): a restatement of a claim in other words, a claim's period, a heading, page furniture,
/// or a name the scanner reads as a number.</summary>
public sealed record CoverageExclusion(string SourceId, int SourceLine, string Span, string Reason, string ClaimId, string Note);

/// <summary>One corrected cell of a raw table (corrections.csv): which row and column, the value before and after,
/// and why. The row itself holds the new value; the loader checks that it does.</summary>
public sealed record Correction(string Table, string Key, string Field, string OldValue, string NewValue, string Note);
