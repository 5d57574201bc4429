namespace AnalysisHelpers.FactCheck;

/// <summary>One fixed colour per verdict, the same in every chart and table: greens for agreement, amber for a
/// dropped hedge, blue and purple for figures about something else, orange for a claim out of date by its own article, red for a contradiction, greys where nothing
/// could be tested.</summary>
public static class VerdictPalette
{
    public static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Consistent => "#1B7F3B",
        Verdict.Rounded => "#7FB842",
        Verdict.DroppedHedge => "#E0A100",
        Verdict.DifferentScope => "#3C78B4",
        Verdict.Misattributed => "#8E44AD",
        Verdict.Contradicted => "#C62828",
        Verdict.Postdated => "#8D6E63",
        Verdict.Stale => "#D9822B",
        _ => "#9E9E9E",
    };
}
