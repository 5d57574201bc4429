using System.Globalization;

namespace AnalysisHelpers.Bench;

/// <summary>The kinds of broken row the generator plants. Each breaks exactly one rule, so a loader that reports every
/// problem once reports exactly one error per planted row.</summary>
internal enum InvalidKind
{
    /// <summary>A thousands separator in the value ("6,000,000").</summary>
    BadNumber,
    /// <summary>A unit outside the schema's list ("dollars").</summary>
    UnknownUnit,
    /// <summary>A lower bound that also carries an upper bound.</summary>
    QualifierBoundsMismatch,
    /// <summary>Wording that reads as another number than the one stored ("$6 million" stored as 7000000).</summary>
    AsStatedMismatch,
    /// <summary>The id of the row before.</summary>
    DuplicateId,
    /// <summary>A source id that sources.csv does not have.</summary>
    DanglingSource,
}

internal static class InvalidRows
{
    public const string DanglingSourceId = "unknown-article";

    /// <summary>Breaks <paramref name="row"/>, a valid row, in the given way. <paramref name="previousId"/> is the id of
    /// the row before it. Rows are rebuilt where the kind needs a particular shape (a point value, a lower bound).</summary>
    public static GeneratedClaim Break(GeneratedClaim row, InvalidKind kind, string previousId) => kind switch
    {
        InvalidKind.BadNumber => row with
        {
            Category = "funding", Metric = "vc_funding_total", Unit = "USD", Qualifier = "exact",
            Value = "1,200,000,000", ValueLow = "", ValueHigh = "", AsStated = "$1.2 billion",
        },
        InvalidKind.UnknownUnit => row with { Unit = "dollars" },
        InvalidKind.QualifierBoundsMismatch => row with
        {
            Category = "cost_efficiency", Metric = "cost_reduction", Unit = "fraction", Qualifier = "lower_bound",
            Value = "", ValueLow = "0.9", ValueHigh = "0.95", AsStated = "more than 90%",
        },
        InvalidKind.AsStatedMismatch => row with
        {
            Category = "training_cost", Metric = "training_cost", Unit = "USD", Qualifier = "exact",
            Value = "7000000", ValueLow = "", ValueHigh = "", AsStated = "$6 million",
        },
        InvalidKind.DuplicateId => row with { ClaimId = previousId },
        InvalidKind.DanglingSource => row with { SourceId = DanglingSourceId },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Which rows to break: <paramref name="count"/> distinct rows (never the first, which a duplicate id
    /// needs before it), spread over the file, with kinds taken in turn.</summary>
    public static SortedDictionary<int, InvalidKind> Plan(Random rng, int rows, int count)
    {
        if (count < 0 || count > Math.Max(0, rows - 1))
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"need 0..{rows - 1} invalid rows for {rows} rows"));
        var kinds = Enum.GetValues<InvalidKind>();
        var picked = new HashSet<int>();
        while (picked.Count < count) picked.Add(rng.Next(1, rows));
        var plan = new SortedDictionary<int, InvalidKind>();
        int k = 0;
        foreach (var row in picked.Order()) plan[row] = kinds[k++ % kinds.Length];
        return plan;
    }
}
