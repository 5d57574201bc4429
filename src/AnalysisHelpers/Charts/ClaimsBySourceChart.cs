using AnalysisHelpers.Claims;
using AnalysisHelpers.Formatting;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using static AnalysisHelpers.Charts.PlotlyInit;
using static AnalysisHelpers.Charts.PlotlyOptions;

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

    /// <summary>Height of one article's bar row.</summary>
    private const int RowHeight = 44;

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
        var categories = claimList.Select(c => c.Category.Trim().ToLowerInvariant()).Distinct()
            .OrderBy(c => ClaimCategories.All.ToList().IndexOf(c) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
        var counts = claimList
            .GroupBy(c => (c.SourceId, Category: c.Category.Trim().ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.Count());
        int CountOf(string sourceId, string category) => counts.GetValueOrDefault((sourceId, category));

        var layout = Fit(claimList, sourceList, sourceIds, byId);
        var margins = layout.Margins;
        int height = margins.Top + margins.Bottom + Math.Max(1, layout.Rows.Count) * RowHeight;
        GenericChart Draw()
        {
            var draft = HouseStyle.NewFigure(Title, layout.SourceLine, HouseStyle.DefaultWidth, height, margins);

            var escapedLabels = layout.Rows.Select(r => HtmlText.Escape(r.Label)).ToArray();
            var totals = new int[layout.Rows.Count];
            foreach (var category in categories)
            {
                var rowCounts = layout.Rows.Select(r => r.SourceIds.Sum(id => CountOf(id, category))).ToArray();
                for (int i = 0; i < rowCounts.Length; i++) totals[i] += rowCounts[i];
                var hover = layout.Rows.Select((r, i) => HtmlText.Escape(
                    $"{category}: {Counted.Of(rowCounts[i], "claim", "claims")} in {r.Name}")).ToArray();
                draft.Traces.Add(PlotlyInit.Trace2D("Bar",
                    ("Name", HtmlText.Escape(category.Replace('_', ' '))),
                    ("X", rowCounts),
                    ("Y", escapedLabels),
                    ("MultiHoverText", hover),
                    ("HoverInfo", StyleParam.HoverInfo.Text),
                    ("Orientation", StyleParam.Orientation.Horizontal),
                    ("Marker", Init<Marker>(("Color", Colour(CategoryColour(category))),
                        ("Outline", Init<Line>(("Color", Colour(HouseStyle.Background)), ("Width", 1.0)))))));
            }
            int maxTotal = totals.DefaultIfEmpty(0).Max();

            draft.Layout = Style(draft.Layout, ("BarMode", StyleParam.BarMode.Stack));
            // Plotly lists stacked horizontal bars in reverse unless told otherwise; keep the category order.
            draft.Legend = Style(draft.Legend, ("TraceOrder", StyleParam.TraceOrder.Normal));
            draft.AddXAxis(1, HouseStyle.ValueAxis("number of claims", StyleParam.AxisType.Linear, [0, Math.Max(1, maxTotal) * 1.08],
                tickStep: NiceCountStep(maxTotal)));
            draft.AddYAxis(1, Init<LinearAxis>(
                ("AxisType", StyleParam.AxisType.Category), ("AutoRange", StyleParam.AutoRange.Reversed), ("FixedRange", true),
                ("Ticks", StyleParam.TickOptions.Empty), ("CategoryOrder", StyleParam.CategoryOrder.Array), ("CategoryArray", escapedLabels)));
            for (int i = 0; i < layout.Rows.Count; i++)
            {
                draft.Annotations.Add(Init<Annotation>(
                    ("Text", Counted.Number(totals[i])), ("XRef", "x"), ("YRef", "y"), ("X", totals[i]), ("Y", i),
                    ("XAnchor", StyleParam.XAnchorPosition.Left), ("XShift", 4), ("ShowArrow", false),
                    ("Font", FontOf(HouseStyle.LabelFontSize, HouseStyle.MutedTextColour))));
            }
            return draft.ToChart();
        }

        string caption = $"{Counted.Of(claimList.Count, "claim", "claims")} across {Counted.Of(sourceIds.Count, "article", "articles")}, stacked by category; the number " +
            "at the end of each bar is the article's total, qualitative claims included.";
        if (layout.Others > 0)
        {
            caption += $" The figure holds bars for {Counted.Number(layout.Rows.Count - 1)} articles, the first by file name; the last bar adds up the " +
                $"claims of the {Counted.Number(layout.Others)} others, each of which is in the claims table.";
        }
        return ChartSpec.From(Id, Title, caption, Draw, HouseStyle.DefaultWidth, height, claimList.Select(c => c.ClaimId));
    }

    /// <summary>One bar: an article, or the articles a full figure cannot give a bar each.</summary>
    private sealed record BarRow(string Label, string Name, IReadOnlyList<string> SourceIds);

    private sealed record Fitted(IReadOnlyList<BarRow> Rows, int Others, string SourceLine, ChartMargins Margins);

    /// <summary>One bar per article while they fit <see cref="HouseStyle.MaxHeight"/>; beyond that the first articles
    /// by file name keep their bars and one last bar counts the claims of all the others, so every claim is still
    /// counted. The source line then names the articles with a bar and counts the others and the claims.</summary>
    private static Fitted Fit(IReadOnlyList<Claim> claims, IReadOnlyList<Source> sources, IReadOnlyList<string> sourceIds,
        IReadOnlyDictionary<string, Source> byId)
    {
        Fitted Layout(int bars, bool listClaimIds)
        {
            bool all = bars >= sourceIds.Count;
            var own = all ? sourceIds : sourceIds.Take(bars - 1).ToList();
            var labels = RowLabels.Unique(own.Select(id => (byId.TryGetValue(id, out var s) ? SourceLabels.ShortTitle(s) : id, id)).ToList());
            var rows = own.Select((id, i) => new BarRow(labels[i], SourceLabels.Name(byId.GetValueOrDefault(id), id), [id])).ToList();
            var rest = sourceIds.Skip(own.Count).ToList();
            string others = $"{Counted.Number(rest.Count)} other articles";
            if (rest.Count > 0) rows.Add(new BarRow(others, others, rest));
            string sourceLine = listClaimIds
                ? SourceLabels.SourceLine(claims, sources)
                : "Source: " + string.Join("; ", own.Select(id => SourceLabels.Name(byId.GetValueOrDefault(id), id))) +
                  (rest.Count > 0 ? $"; and {others}" : "") + $"; {Counted.Of(claims.Count, "claim", "claims")} in all, each in the claims table";
            var margins = HouseStyle.MarginsFor(rows.Select(r => r.Label), sourceLine, HouseStyle.DefaultWidth);
            return new Fitted(rows, rest.Count, sourceLine, margins);
        }
        bool Fits(Fitted f) => f.Margins.Top + f.Margins.Bottom + Math.Max(1, f.Rows.Count) * RowHeight <= HouseStyle.MaxHeight;

        // First every article with the claim ids listed, then without the ids (a long list of scattered ids alone can
        // outgrow the figure), then fewer bars.
        foreach (var candidate in new[] { Layout(sourceIds.Count, listClaimIds: true), Layout(sourceIds.Count, listClaimIds: false) })
        {
            if (Fits(candidate)) return candidate;
        }
        for (int bars = Math.Min(sourceIds.Count - 1, HouseStyle.MaxHeight / RowHeight); bars > 2; bars--)
        {
            var fitted = Layout(bars, listClaimIds: false);
            if (Fits(fitted)) return fitted;
        }
        return Layout(2, listClaimIds: false);
    }

    /// <summary>Grid lines every 1, 5 or 10 claims for small totals, and about eight lines for large ones.</summary>
    private static double NiceCountStep(int maxTotal) =>
        maxTotal > 40 ? Math.Max(10, ValueAxis.NiceStep(maxTotal / 8.0)) : maxTotal > 15 ? 5 : 1;
}
