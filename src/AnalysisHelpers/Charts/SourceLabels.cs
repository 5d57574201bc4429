using AnalysisHelpers.Claims;

namespace AnalysisHelpers.Charts;

/// <summary>How articles are named on charts: by the label sources.csv gives them, or failing that a short title for
/// row labels and the full title in hover text and source lines.</summary>
public static class SourceLabels
{
    public const int ShortTitleLength = 34;

    /// <summary>The article's label from sources.csv ("Josh Chin talk notes"); without one, the title cut at a word
    /// boundary to fit a row label ("China's DeepSeek R1: A Catalyst…").</summary>
    public static string ShortTitle(Source? source)
    {
        if (source is null) return "unknown article";
        if (!string.IsNullOrWhiteSpace(source.Label)) return source.Label.Trim();
        string title = string.IsNullOrWhiteSpace(source.Title) ? source.SourceId : source.Title.Trim();
        return TextCut.Shorten(title, ShortTitleLength, ' ', ',', ':', ';', '-', '–');
    }

    /// <summary>The article's label, or where the data has none its full title (its id when it has neither): how
    /// hover text and source lines name it.</summary>
    public static string Name(Source? source, string fallbackId = "unknown article")
    {
        if (source is null) return fallbackId;
        if (!string.IsNullOrWhiteSpace(source.Label)) return source.Label.Trim();
        return string.IsNullOrWhiteSpace(source.Title) ? source.SourceId : source.Title.Trim();
    }

    /// <summary>The line under a chart naming the articles behind the given claims and the claim ids:
    /// "Source: &lt;labels or titles&gt;; claims C001, C007". Derived figures, if any, are named after the claims.</summary>
    public static string SourceLine(IEnumerable<Claim> claims, IEnumerable<Source> sources, IEnumerable<string>? derivedFigureIds = null)
    {
        var claimList = claims.ToList();
        var used = claimList.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var titles = sources
            .Where(s => used.Contains(s.SourceId))
            .OrderBy(s => s.SourceId, StringComparer.Ordinal)
            .Select(s => Name(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var parts = new List<string> { "Source: " + (titles.Count > 0 ? string.Join("; ", titles) : "no articles") };
        if (claimList.Count > 0) parts.Add((claimList.Count == 1 ? "claim " : "claims ") + ClaimIdList.Compact(claimList.Select(c => c.ClaimId)));
        var derived = (derivedFigureIds ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (derived.Count > 0) parts.Add("derived " + string.Join(", ", derived));
        return string.Join("; ", parts);
    }

    /// <summary>Looks up each claim's article by id.</summary>
    public static IReadOnlyDictionary<string, Source> ById(IEnumerable<Source> sources)
    {
        var byId = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources) byId.TryAdd(source.SourceId, source);
        return byId;
    }
}
