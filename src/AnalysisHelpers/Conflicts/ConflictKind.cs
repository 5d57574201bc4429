namespace AnalysisHelpers.Conflicts;

/// <summary>How two articles, or an article and a reference figure, disagree. Each kind has its own rule in
/// <see cref="ConflictFinder"/>, driven by the claims' fields, their annotations and the fact check.</summary>
public enum ConflictKind
{
    /// <summary>The figures cannot both hold: their intervals, rounding included, do not meet.</summary>
    IncompatibleValues,
    /// <summary>Bounds on one quantity that overlap only in part: only the intersection satisfies both.</summary>
    PartialOverlap,
    /// <summary>One word for two different quantities (a one-off training run and a year's operating costs, or an
    /// article's "operating costs" for what the source measured as compute only).</summary>
    SameWordDifferentQuantity,
    /// <summary>A figure or fact credited to a different model from the one its source is about.</summary>
    DifferentModel,
    /// <summary>Lists of named players for the same thing that disagree on who is in them.</summary>
    Membership,
    /// <summary>Opposite stances on one topic: thriving in one article, muted in another.</summary>
    Stance,
    /// <summary>A stated change whose implied base period disagrees with the reference's figure for that period.</summary>
    BasePeriod,
    /// <summary>Dates that disagree: "coincided" where the reference dates are a week apart.</summary>
    Timing,
    /// <summary>A release called open-source where the reference says it was API-only, or the reverse.</summary>
    ReleaseAccess,
    /// <summary>A claim out of date by its own article's date: a projection for a period already over, or a launch
    /// presented as current long after it happened.</summary>
    Stale,
    /// <summary>A hedge the source had ("probably", "more than") that the article dropped.</summary>
    DroppedHedge,
}

public static class ConflictKindNames
{
    /// <summary>A short phrase for tables and chart labels.</summary>
    public static string Describe(this ConflictKind kind) => kind switch
    {
        ConflictKind.IncompatibleValues => "incompatible values",
        ConflictKind.PartialOverlap => "bounds that overlap only in part",
        ConflictKind.SameWordDifferentQuantity => "same word, different quantity",
        ConflictKind.DifferentModel => "credited to a different model",
        ConflictKind.Membership => "named players that differ",
        ConflictKind.Stance => "opposite stances",
        ConflictKind.BasePeriod => "stated change against the base period",
        ConflictKind.Timing => "timing: dates apart",
        ConflictKind.ReleaseAccess => "timing: open-source or API-only",
        ConflictKind.Stale => "timing: stale by the article's date",
        ConflictKind.DroppedHedge => "dropped hedge",
        _ => kind.ToString(),
    };

    /// <summary>The token used in tables and CSV files: "partial_overlap", "same_word_different_quantity".</summary>
    public static string ToToken(this ConflictKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>What a conflict of this kind means, in one sentence, for a heading's explanation.</summary>
    public static string Meaning(this ConflictKind kind) => kind switch
    {
        ConflictKind.IncompatibleValues => "The figures cannot both be right, even allowing for the rounding of every input.",
        ConflictKind.PartialOverlap => "Both figures can hold, but only inside the interval they share, which the table gives.",
        ConflictKind.SameWordDifferentQuantity => "One word names two different quantities, so setting the figures against each other compares unlike things.",
        ConflictKind.DifferentModel => "A figure or fact is given for a model other than the one its source documents it for.",
        ConflictKind.Membership => "Two lists of named players for the same thing do not name the same players.",
        ConflictKind.Stance => "One source judges a topic favourably where another judges it unfavourably.",
        ConflictKind.BasePeriod => "The base period a stated change implies disagrees with the reference's figure for that period.",
        ConflictKind.Timing => "The article puts events together that the references date apart.",
        ConflictKind.ReleaseAccess => "The article and the reference disagree on whether a release was open or API-only.",
        ConflictKind.Stale => "The claim was out of date by the article's own date.",
        ConflictKind.DroppedHedge => "The source hedged its figure and the article states it flat.",
        _ => kind.ToString(),
    };
}
