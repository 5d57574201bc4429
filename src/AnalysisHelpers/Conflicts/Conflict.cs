using AnalysisHelpers.Quantities;

namespace AnalysisHelpers.Conflicts;

/// <summary>One line of evidence for a conflict: a claim where it stands in its article, or a reference figure with
/// its citation.</summary>
/// <param name="Id">The claim id (C037) or reference id (R02).</param>
/// <param name="SourceId">The claim's article; empty for a reference.</param>
/// <param name="Location">"002_ae24ac5a2293de1f.txt:6" for a claim; the citation for a reference.</param>
/// <param name="Line">The claim's line in its article; 0 for a reference.</param>
/// <param name="Text">The figure or phrase exactly as written, with who says it; for a reference, its figure and the
/// time it refers to.</param>
public sealed record EvidenceLine(string Id, string SourceId, string Location, int Line, string Text)
{
    public bool IsReference => SourceId.Length == 0;

    public override string ToString() => $"{Id} ({Location}): {Text}";
}

/// <summary>A disagreement between articles, or between an article and a reference figure: its kind, the claims and
/// references involved, the evidence lines and a one-sentence explanation.</summary>
/// <param name="Subject">What the conflict is about, in the claims' names (for tables).</param>
/// <param name="Metric">The measure of the first claim (for tables).</param>
/// <param name="Unit">The unit of the first claim's figure; <see cref="Unit.None"/> for facts without a number.</param>
/// <param name="DerivedIds">Derived figures the explanation rests on (an implied base period, an implied cost).</param>
public sealed record Conflict(
    ConflictKind Kind,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> RefIds,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<EvidenceLine> Evidence,
    string Explanation,
    string Subject,
    string Metric,
    Unit Unit,
    IReadOnlyList<string> DerivedIds)
{
    /// <summary>The explanation, under the name the first version of the table used.</summary>
    public string Description => Explanation;

    /// <summary>A stable id: the kind's token and the ids involved ("partial_overlap-c039-c077").</summary>
    public string Id => Kind.ToToken() + "-" + string.Join("-", ClaimIds.Concat(RefIds)).ToLowerInvariant();

    /// <summary>True when every side of the conflict is an article (no reference figure is involved).</summary>
    public bool IsBetweenArticles => RefIds.Count == 0;
}

/// <summary>The conflicts of one kind, for a report or notebook section: the kind's phrase and meaning, then its
/// conflicts in order.</summary>
public sealed record ConflictGroup(ConflictKind Kind, string Title, string Meaning, IReadOnlyList<Conflict> Conflicts);
