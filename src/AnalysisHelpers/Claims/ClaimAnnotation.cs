namespace AnalysisHelpers.Claims;

/// <summary>How a reader reads one claim so that it can be set against others (claim_annotations.csv): the named
/// players it lists, the topic it shares with claims in other articles, its stance on that topic, what its figure
/// covers, and the event it dates. Every field is the reader's decision, and <see cref="Note"/> says which words of
/// the article give it; a claim without a row has an empty annotation.</summary>
public sealed record ClaimAnnotation(
    string ClaimId,
    IReadOnlyList<string> Entities,
    string Topic,
    string Stance,
    string Scope,
    string Event,
    string SameTimeAs,
    string Tense,
    string Access,
    string Note)
{
    public const string Positive = "positive";
    public const string Negative = "negative";
    public const string Past = "past";
    public const string Present = "present";
    public const string Future = "future";

    public static ClaimAnnotation None(string claimId) => new(claimId, [], "", "", "", "", "", "", "", "");

    public bool IsEmpty => Entities.Count == 0 && Topic.Length == 0 && Stance.Length == 0 && Scope.Length == 0
        && Event.Length == 0 && SameTimeAs.Length == 0 && Tense.Length == 0 && Access.Length == 0;

    /// <summary>Splits the ';'-separated list of the CSV cell, trimming each name.</summary>
    public static IReadOnlyList<string> SplitEntities(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
