namespace AnalysisHelpers.Claims;

/// <summary>A figure from a primary document or a secondary report, used to check what the articles say.
/// <see cref="Unit"/> is the token of reference_figures.csv (its own closed set, which includes gpu_hours).
/// <see cref="AsOf"/> is when the source was published; <see cref="Period"/> is the time the figure refers to (for an
/// event, its day). Subject, item and metric use the names of claims.csv, so a reference can be found by what it
/// measures.</summary>
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
    string Note,
    string Subject = "",
    string Item = "",
    string Metric = "",
    string Period = "",
    string Scope = "",
    string Event = "",
    string Access = "",
    string Hedge = "")
{
    /// <summary>The time the figure refers to when the data fixes it, else null.</summary>
    public PartialDate? When => PartialDate.Parse(Period);

    /// <summary>"R14 (2024-Q1)": the id with the period the figure is for, never its publication date.</summary>
    public string Dated => Period.Length > 0 ? $"{RefId} ({Period})" : RefId;

    public bool IsPrimary => SourceKind == "primary document";
}

/// <summary>Ties a claim to a reference figure it can be checked against, and says how they relate.</summary>
public sealed record ClaimReferenceLink(string ClaimId, string RefId, string Relation, string Note);
