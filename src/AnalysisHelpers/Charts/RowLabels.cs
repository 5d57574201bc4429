using AnalysisHelpers.Claims;

namespace AnalysisHelpers.Charts;

/// <summary>Row labels for claims. Rows sit on a category axis, where equal labels would merge two claims into one
/// row, so a repeated label gets its claim id appended.</summary>
internal static class RowLabels
{
    /// <summary>"&lt;item&gt; · &lt;article short title&gt;", falling back to the subject when the claim names no item.</summary>
    public static string ItemAndSource(Claim claim, Source? source) =>
        $"{ItemOrSubject(claim)} · {SourceLabels.ShortTitle(source)}";

    public static string ItemOrSubject(Claim claim) =>
        string.IsNullOrWhiteSpace(claim.Item) ? claim.Subject : claim.Item;

    /// <summary>"&lt;subject&gt;: &lt;metric in words&gt; · &lt;article short title&gt;", for charts mixing measures.</summary>
    public static string SubjectMetricAndSource(Claim claim, Source? source) =>
        $"{ItemOrSubject(claim)}: {MetricWords(claim.Metric)} · {SourceLabels.ShortTitle(source)}";

    /// <summary>A snake_case metric as words: "market_value_loss" reads "market value loss".</summary>
    public static string MetricWords(string metric) => (metric ?? string.Empty).Replace('_', ' ').Trim();

    public static IReadOnlyList<string> Unique(IReadOnlyList<(string Label, string Id)> rows)
    {
        var counts = rows.GroupBy(r => r.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(rows.Count);
        foreach (var (label, id) in rows)
        {
            string candidate = counts[label] > 1 ? $"{label} ({id})" : label;
            while (!used.Add(candidate)) candidate += "′";
            result.Add(candidate);
        }
        return result;
    }
}
