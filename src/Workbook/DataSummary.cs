using AnalysisHelpers.Charts;
using AnalysisHelpers.Claims;
using AnalysisHelpers.Provenance;
using AnalysisHelpers.Quantities;

namespace Workbook;

/// <summary>The one-screen summary <c>workbook check</c> prints: provenance and coverage, then claims per source, per
/// category and per unit.</summary>
internal static class DataSummary
{
    public static void Write(ClaimsDataset data, string? articlesDir, CoverageReport? coverage, TextWriter output)
    {
        output.WriteLine($"Data OK: {data.Claims.Count} claims from {data.Sources.Count} articles in {data.Directory}");
        output.WriteLine(articlesDir is null
            ? "Provenance not checked (no articles folder; pass --sources DIR)."
            : $"Provenance OK: every figure found on its line in {articlesDir}");
        if (coverage is not null)
            output.WriteLine($"Coverage OK: {coverage.Summary(data.Sources.Count)}");
        if (data.Annotations.Count > 0 || data.Corrections.Count > 0)
            output.WriteLine($"Annotations: {data.Annotations.Count} claims read for comparison; corrections logged: {data.Corrections.Count}");
        if (data.References.Count > 0)
            output.WriteLine($"Reference figures: {data.References.Count}, linked to claims {data.Links.Count} times");
        output.WriteLine();
        Section(output, "Claims per source", data.Claims.GroupBy(c => c.SourceId).Select(g => (Label(data, g.Key), g.Count())));
        Section(output, "Claims per category", data.Claims.GroupBy(c => c.Category).Select(g => (g.Key, g.Count())));
        Section(output, "Claims per unit", data.Claims.GroupBy(c => c.Unit).Select(g => (g.Key.ToToken(), g.Count())));
    }

    // The source's short label (sources.csv), as charts and the report name it; the id keeps it findable in the data.
    private static string Label(ClaimsDataset data, string sourceId) =>
        $"{sourceId} ({SourceLabels.ShortTitle(data.Sources.First(s => s.SourceId == sourceId))})";

    private static void Section(TextWriter output, string title, IEnumerable<(string Label, int Count)> rows)
    {
        output.WriteLine(title);
        var list = rows.OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
        int width = list.Count == 0 ? 0 : list.Max(r => r.Label.Length);
        foreach (var (label, count) in list)
            output.WriteLine($"  {label.PadRight(width)}  {count,4}");
        output.WriteLine();
    }
}
