namespace AnalysisHelpers.FactCheck;

/// <summary>What checking a claim against one reference figure found. The set is small on purpose: each value
/// answers "can the reader trust the article's figure as written?" in one distinct way.</summary>
public enum Verdict
{
    /// <summary>The figures agree: points within 1% of each other, a bound the reference satisfies, or intervals
    /// that overlap.</summary>
    Consistent,
    /// <summary>The claim is a rounding of the reference: within 10%, and either a round number or worded as
    /// approximate.</summary>
    Rounded,
    /// <summary>The figures agree, but the reference hedges its figure ("probably", "about", or only a floor or
    /// ceiling) and the article states it flat.</summary>
    DroppedHedge,
    /// <summary>The reference measures a neighbouring thing (another coverage, model or cost base), so it informs the
    /// claim without testing it.</summary>
    DifferentScope,
    /// <summary>The claim attaches a figure, or a fact, to a different model than the one the reference is about.</summary>
    Misattributed,
    /// <summary>The figures cannot both be right: points too far apart for rounding, a bound the reference breaks,
    /// or intervals that do not overlap.</summary>
    Contradicted,
    /// <summary>The reference appeared after the article, so the article could not have known it and a mismatch is
    /// not held against it.</summary>
    Postdated,
    /// <summary>The reference dates the event well before the article, which still presents it as happening now or
    /// still to come: true once, out of date by the article's own date.</summary>
    Stale,
    /// <summary>No figures can be set against each other: one side has no number, the units differ, or the link is
    /// about dates or arithmetic rather than the figures themselves.</summary>
    Unverifiable,
}

public static class VerdictNames
{
    /// <summary>The token used in tables: "consistent", "dropped-hedge", "different-scope", ...</summary>
    public static string ToToken(this Verdict verdict) => verdict switch
    {
        Verdict.DroppedHedge => "dropped-hedge",
        Verdict.DifferentScope => "different-scope",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    /// <summary>Words for legends and prose: "Dropped hedge", "Different scope".</summary>
    public static string Describe(this Verdict verdict) => verdict switch
    {
        Verdict.DroppedHedge => "Dropped hedge",
        Verdict.DifferentScope => "Different scope",
        _ => verdict.ToString(),
    };

    /// <summary>True when the verdict says the article's figure agrees with the reference's.</summary>
    public static bool IsAgreement(this Verdict verdict) =>
        verdict is Verdict.Consistent or Verdict.Rounded or Verdict.DroppedHedge;
}
