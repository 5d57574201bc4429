namespace AnalysisHelpers.Conflicts;

/// <summary>How two articles' claims about the same thing disagree.</summary>
public enum ConflictKind
{
    /// <summary>The figures cannot both be true: their intervals do not overlap.</summary>
    IncompatibleValues,
    /// <summary>The same figure is attached to different items (one article's V3 cost is another's R1 cost).</summary>
    SameFigureDifferentItems,
    /// <summary>The same figure is hedged differently ("approximately" in one article, "less than" in another).</summary>
    DifferentQualifier,
}

public static class ConflictKindNames
{
    /// <summary>A short phrase for tables and chart labels.</summary>
    public static string Describe(this ConflictKind kind) => kind switch
    {
        ConflictKind.IncompatibleValues => "incompatible values",
        ConflictKind.SameFigureDifferentItems => "same figure, different items",
        ConflictKind.DifferentQualifier => "same figure, different hedging",
        _ => kind.ToString(),
    };
}
