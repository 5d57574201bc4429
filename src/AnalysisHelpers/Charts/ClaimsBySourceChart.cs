using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;
using static AnalysisHelpers.Charts.PlotlyObjects;

namespace AnalysisHelpers.Charts;

/// <summary>How many claims each article makes, stacked by category, so it is plain which article carries which
/// kinds of claim.</summary>
public static class ClaimsBySourceChart
{
    public const string Id = "claims-by-source";
    public const string Title = "Claims per article, by category";

    private static readonly string[] CategoryPalette =
    [
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948",
        "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC", "#1F3A5F", "#79706E",
    ];

    /// <summary>A fixed colour per category: the known categories in their workbook order, others by name.</summary>
    public static string CategoryColour(string category)
    {
        int index = ClaimCategories.All.ToList().FindIndex(c => ClaimCategories.Is(category, c));
        return index >= 0 ? CategoryPalette[index % CategoryPalette.Length] : CompanyColours.For(category);
    }

    public static ChartSpec Build(IEnumerable<Claim> claims, IEnumerable<Source> sources)
    {
        var claimList = claims.ToList();
        var sourceList = sources
            .DistinctBy(s => s.SourceId, StringComparer.Ordinal)
            .OrderBy(s => s.FileName, StringComparer.Ordinal)
            .ThenBy(s => s.SourceId, StringComparer.Ordinal)
            .ToList();
        var known = sourceList.Select(s => s.SourceId).ToHashSet(StringComparer.Ordinal);
        // Claims whose article is missing from the source list still count, under their source id.
        var sourceIds = sourceList.Select(s => s.SourceId)
            .Concat(claimList.Select(c => c.SourceId).Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal))
            .ToList();
        var byId = SourceLabels.ById(sourceList);
        var labels = RowLabels.Unique(sourceIds
            .Select(id => (byId.TryGetValue(id, out var s) ? SourceLabels.ShortTitle(s) : id, id)).ToList());
        var categories = claimList.Select(c => c.Category.Trim().ToLowerInvariant()).Distinct()
            .OrderBy(c => ClaimCategories.All.ToList().IndexOf(c) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();

        string sourceLine = SourceLabels.SourceLine(claimList, sourceList);
        var margins = HouseStyle.MarginsFor(labels, sourceLine, HouseStyle.DefaultWidth);
        int height = margins.Top + margins.Bottom + Math.Max(1, sourceIds.Count) * 44;
        var draft = HouseStyle.NewFigure(Title, sourceLine, HouseStyle.DefaultWidth, height, margins);

        var escapedLabels = labels.Select(HtmlText.Escape).ToArray();
        int maxTotal = 0;
        var totals = new int[sourceIds.Count];
        foreach (var category in categories)
        {
            var counts = sourceIds
                .Select(id => claimList.Count(c => c.SourceId == id && ClaimCategories.Is(c.Category, category)))
                .ToArray();
            for (int i = 0; i < counts.Length; i++) totals[i] += counts[i];
            var hover = sourceIds.Select((id, i) => HtmlText.Escape(
                $"{category}: {counts[i]} {(counts[i] == 1 ? "claim" : "claims")} in {SourceLabels.Name(byId.GetValueOrDefault(id), id)}")).ToArray();
            draft.Traces.Add(Trace("bar")
                .With("orientation", "h")
                .With("name", HtmlText.Escape(category.Replace('_', ' ')))
                .With("x", counts)
                .With("y", escapedLabels)
                .With("marker", Object(("color", CategoryColour(category)), ("line", Object(("color", HouseStyle.Background), ("width", 1)))))
                .With("hovertext", hover)
                .With("hoverinfo", "text"));
        }
        maxTotal = totals.DefaultIfEmpty(0).Max();

        draft.Layout["barmode"] = "stack";
        // Plotly lists stacked horizontal bars in reverse unless told otherwise; keep the category order.
        ((Dictionary<string, object>)draft.Layout["legend"])["traceorder"] = "normal";
        var axis = HouseStyle.ValueAxisStyle("number of claims");
        axis["type"] = "linear";
        axis["range"] = new double[] { 0, Math.Max(1, maxTotal) * 1.08 };
        axis["dtick"] = maxTotal > 40 ? 10 : maxTotal > 15 ? 5 : 1;
        axis["fixedrange"] = true;
        draft.Layout["xaxis"] = axis;
        draft.Layout["yaxis"] = Object(
            ("type", "category"), ("categoryorder", "array"), ("categoryarray", escapedLabels),
            ("autorange", "reversed"), ("automargin", false), ("fixedrange", true), ("ticks", ""));
        for (int i = 0; i < sourceIds.Count; i++)
        {
            draft.Annotations.Add(Object(
                ("text", totals[i].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("xref", "x"), ("yref", "y"),
                ("x", totals[i]), ("y", i), ("xanchor", "left"), ("xshift", 4), ("showarrow", false),
                ("font", Object(("size", 12), ("color", HouseStyle.MutedTextColour)))));
        }
        string caption = $"{Counted.Of(claimList.Count, "claim", "claims")} across {Counted.Of(sourceIds.Count, "article", "articles")}, stacked by category; the number " +
            "at the end of each bar is the article's total, qualitative claims included.";
        return ChartSpec.From(Id, Title, caption, draft.ToChart(), HouseStyle.DefaultWidth, height, claimList.Select(c => c.ClaimId));
    }
}
