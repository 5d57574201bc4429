namespace AnalysisHelpers.Claims;

/// <summary>One article the claims come from.</summary>
public sealed record Source(string SourceId, string FileName, string Title, string Outlet, string Kind, string Date, string Note);
