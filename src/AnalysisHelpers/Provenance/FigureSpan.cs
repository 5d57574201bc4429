namespace AnalysisHelpers.Provenance;

/// <summary>What kind of figure a span of article text states.</summary>
public enum FigureKind { Money, Percent, Count, Year, Rank, Duration, Multiple }

/// <summary>A figure-like span of an article: where it stands (1-based line and character column) and its text.
/// <see cref="CoreColumn"/> and <see cref="CoreLength"/> locate the number or number word inside it, without the
/// hedge and scale words around it.</summary>
public sealed record FigureSpan(string SourceId, string File, int Line, int Column, string Text, FigureKind Kind, int CoreColumn, int CoreLength)
{
    public FigureSpan(string sourceId, string file, int line, int column, string text, FigureKind kind)
        : this(sourceId, file, line, column, text, kind, column, text.Length) { }

    public int CoreStart => CoreColumn - 1;
    public int CoreEnd => CoreStart + CoreLength;

    /// <summary>The span's first character, 0-based within the line.</summary>
    public int Start => Column - 1;
    public int End => Start + Text.Length;

    public static string KindWords(FigureKind kind) => kind switch
    {
        FigureKind.Money => "money",
        FigureKind.Percent => "percent",
        FigureKind.Count => "count",
        FigureKind.Year => "year",
        FigureKind.Rank => "rank",
        FigureKind.Duration => "duration",
        _ => "multiple",
    };
}

/// <summary>How a figure-like span is accounted for.</summary>
public enum Coverage
{
    /// <summary>It lies inside the as_stated of a claim of the article on the claim's own line.</summary>
    Claimed,
    /// <summary>It lies inside words that repeat a claim's as_stated elsewhere in the article (one claim per figure).</summary>
    Repeated,
    /// <summary>A row of coverage_exclusions.csv explains it.</summary>
    Excluded,
    /// <summary>Nothing accounts for it: it needs a claim or an exclusion.</summary>
    Uncovered,
}

/// <summary>A figure-like span with how it is accounted for: the claim that covers it, or the exclusion's reason.</summary>
public sealed record CoveredSpan(FigureSpan Span, Coverage Coverage, string? ClaimId, string? Reason);
