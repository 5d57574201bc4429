namespace AnalysisHelpers.Claims;

/// <summary>One article the claims come from.</summary>
/// <param name="Label">The short name a reader recognises the article by (sources.csv <c>label</c>); empty when the
/// data folder has no such column, and then tables and charts fall back to the title.</param>
public sealed record Source(string SourceId, string FileName, string Title, string Outlet, string Kind, string Date, string Note,
    string Label = "");
