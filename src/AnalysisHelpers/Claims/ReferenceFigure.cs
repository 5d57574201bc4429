namespace AnalysisHelpers.Claims;

/// <summary>A figure from a primary or authoritative source, used to check what the articles say.
/// <see cref="Unit"/> is the token of reference_figures.csv (its own closed set, which includes gpu_hours).</summary>
public sealed record ReferenceFigure(
    string RefId,
    string Topic,
    double? Value,
    double? ValueLow,
    double? ValueHigh,
    string Unit,
    string AsOf,
    string SourceKind,
    string Citation,
    string Note);

/// <summary>Ties a claim to a reference figure it can be checked against, and says how they relate.</summary>
public sealed record ClaimReferenceLink(string ClaimId, string RefId, string Relation, string Note);
