namespace AnalysisHelpers.Quantities;

/// <summary>The closed set of units a claim's numbers are stored in (base units, never scaled).</summary>
public enum Unit
{
    /// <summary>US dollars.</summary>
    USD,
    /// <summary>Chinese yuan (renminbi).</summary>
    CNY,
    /// <summary>A count of things (deals, models, downloads, companies).</summary>
    Count,
    /// <summary>A share or change as a fraction: 30% is 0.30.</summary>
    Fraction,
    /// <summary>A calendar year, such as 2024.</summary>
    Year,
    /// <summary>A duration in years ("a decade" is 10).</summary>
    Years,
    /// <summary>A position in an ordering (1 is first).</summary>
    Rank,
    /// <summary>A multiplier ("ten times cheaper" is 10).</summary>
    Multiple,
    /// <summary>A qualitative fact with no number.</summary>
    None,
}

public static class UnitNames
{
    private static readonly (Unit Unit, string Token)[] Table =
    [
        (Unit.USD, "USD"), (Unit.CNY, "CNY"), (Unit.Count, "count"), (Unit.Fraction, "fraction"),
        (Unit.Year, "year"), (Unit.Years, "years"), (Unit.Rank, "rank"), (Unit.Multiple, "multiple"),
        (Unit.None, "none"),
    ];

    /// <summary>The token used for the unit in CSV files and schemas.</summary>
    public static string ToToken(this Unit unit) => Array.Find(Table, t => t.Unit == unit).Token;

    public static bool TryParse(string token, out Unit unit)
    {
        foreach (var (u, t) in Table)
        {
            if (string.Equals(t, token, StringComparison.Ordinal)) { unit = u; return true; }
        }
        unit = default;
        return false;
    }

    public static IReadOnlyList<string> Tokens { get; } = Array.ConvertAll(Table, t => t.Token);
}
