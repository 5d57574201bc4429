namespace AnalysisHelpers.Quantities;

/// <summary>How a figure is hedged. The first five describe its numeric shape; the rest are point values
/// whose certainty the article itself qualifies.</summary>
public enum Qualifier
{
    /// <summary>A point value stated plainly ("$7 billion").</summary>
    Exact,
    /// <summary>A point value with approximate wording ("approximately $6 million", "about").</summary>
    Approximate,
    /// <summary>Only a floor is known ("$100 million+", "more than 90%").</summary>
    LowerBound,
    /// <summary>Only a ceiling is known ("less than $6 million").</summary>
    UpperBound,
    /// <summary>Both bounds are known ("hundreds of millions").</summary>
    Range,
    /// <summary>A forecast for a period not yet over ("projected to reach").</summary>
    Projected,
    /// <summary>A point value the article attributes to a party's own claim.</summary>
    Claimed,
    /// <summary>A point value reported as rumour.</summary>
    Rumored,
    /// <summary>A point value someone estimated or reckoned.</summary>
    Estimate,
}

public static class QualifierNames
{
    private static readonly (Qualifier Qualifier, string Token)[] Table =
    [
        (Qualifier.Exact, "exact"), (Qualifier.Approximate, "approximate"), (Qualifier.LowerBound, "lower_bound"),
        (Qualifier.UpperBound, "upper_bound"), (Qualifier.Range, "range"), (Qualifier.Projected, "projected"),
        (Qualifier.Claimed, "claimed"), (Qualifier.Rumored, "rumored"), (Qualifier.Estimate, "estimate"),
    ];

    public static string ToToken(this Qualifier qualifier) => Array.Find(Table, t => t.Qualifier == qualifier).Token;

    public static bool TryParse(string token, out Qualifier qualifier)
    {
        foreach (var (q, t) in Table)
        {
            if (string.Equals(t, token, StringComparison.Ordinal)) { qualifier = q; return true; }
        }
        qualifier = default;
        return false;
    }

    /// <summary>True for qualifiers whose figure is a single point value (stored in <c>value</c>).</summary>
    public static bool IsPoint(this Qualifier qualifier) =>
        qualifier is not (Qualifier.LowerBound or Qualifier.UpperBound or Qualifier.Range);

    public static IReadOnlyList<string> Tokens { get; } = Array.ConvertAll(Table, t => t.Token);
}
