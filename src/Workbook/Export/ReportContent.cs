using AnalysisHelpers.Analysis;
using AnalysisHelpers.Formatting;
using AnalysisHelpers.Quantities;
using AnalysisHelpers.Export;
using LibraryChart = AnalysisHelpers.Charts.ChartSpec;

namespace Workbook.Export;

/// <summary>Turns the workbook's analysis into the report's model: charts with captions, the derived figures, the
/// sources, provenance, conflicts and the fact check. Every number comes from the analysis; nothing is typed here.</summary>
internal static class ReportContent
{
    public static AnalysisHelpers.Export.ChartSpec ToExportChart(LibraryChart chart) =>
        new(chart.Id, chart.Title, chart.Caption, chart.FigureJson, chart.Width, chart.Height);

    public static ReportModel Build(WorkbookAnalysis analysis, IReadOnlyList<LibraryChart> charts, ReportExtras extras)
    {
        var data = analysis.Data;
        var quantitative = data.Claims.Count(c => c.IsQuantitative);
        var subtitle = $"{data.Claims.Count} claims ({quantitative} with figures) from {data.Sources.Count} articles; " +
                       $"{analysis.Derived.Count} derived figures; {analysis.Conflicts.Count} conflicts found by code.";

        var tables = new List<ReportTable>
        {
            new("derived-figures", "Derived figures",
                "Worked out within one article at a time with interval arithmetic: a bound in an input stays a bound in the result.",
                ["Figure", "Value", "Formula", "Claims"],
                analysis.Derived.Select(d => (IReadOnlyList<string>)[d.Name, NumberFormat.FormatInterval(d.Value, d.Unit), d.Formula, string.Join(", ", d.ClaimIds)]).ToList()),
            new("sources", "Sources", "The articles the claims come from, with what their text allows about outlet and date.",
                ["Id", "Title", "Outlet", "Kind", "Date", "Claims"],
                data.Sources.Select(s => (IReadOnlyList<string>)[s.SourceId, s.Title, s.Outlet, s.Kind, s.Date,
                    data.Claims.Count(c => c.SourceId == s.SourceId).ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList()),
        };

        var sections = new List<ReportSection>
        {
            Provenance(analysis, extras),
            Conflicts(analysis),
        };
        sections.AddRange(extras.Sections);

        return new ReportModel("What the press said about DeepSeek and China's AI industry, in figures", subtitle,
            charts.Select(c => new ReportChart(c.Id, c.Title, c.Caption, c.FigureJson, Math.Min(c.Width, ReportBuilder.MaxChartWidth), c.Height)).ToList(),
            tables, sections);
    }

    private static ReportSection Provenance(WorkbookAnalysis analysis, ReportExtras extras)
    {
        var data = analysis.Data;
        var paragraphs = new List<string>
        {
            "Every claim records the article it comes from, the line it stands on, the figure exactly as written, and who made it. " +
            "The loader checks each row against its Table Schema and each figure as written against the stored numbers, so a typo in a value cannot pass unnoticed.",
            extras.ProvenanceProblems switch
            {
                null => "The articles were not available when this report was made, so the line-by-line provenance check was not run.",
                0 => $"Provenance was checked against the article texts: all {data.Claims.Count} figures and phrases were found verbatim on the line their row names.",
                int n => $"Provenance was checked against the article texts and {n} claim{(n == 1 ? "" : "s")} could not be found on the line their row names; run `workbook check` for the list.",
            },
        };
        var claimsTable = new ReportTable("claims-with-figures", "Claims with figures", "Every quantitative claim, as stated and as stored.",
            ["Claim", "Article", "Line", "As stated", "Stored as", "Said by"],
            data.Claims.Where(c => c.IsQuantitative).Select(c => (IReadOnlyList<string>)[c.ClaimId, c.SourceId,
                c.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture), c.AsStated,
                NumberFormat.FormatQuantity(c.Quantity), c.Attribution]).ToList());
        return new ReportSection("provenance", "Data provenance", paragraphs, [claimsTable]);
    }

    private static ReportSection Conflicts(WorkbookAnalysis analysis)
    {
        var paragraphs = new List<string>
        {
            analysis.Conflicts.Count == 0
                ? "No two articles disagree about the same quantity."
                : $"Comparing claims with the same subject and metric across articles finds {analysis.Conflicts.Count} disagreement{(analysis.Conflicts.Count == 1 ? "" : "s")}.",
        };
        var table = new ReportTable("conflicts-table", "Conflicts between articles", "Found by code from the claims, not listed by hand.",
            ["Kind", "Subject", "Metric", "Claims", "What differs"],
            analysis.Conflicts.Select(c => (IReadOnlyList<string>)[c.Kind.ToString(), c.Subject, c.Metric, string.Join(", ", c.ClaimIds), c.Description]).ToList());
        return new ReportSection("conflicts", "Where the articles disagree", paragraphs, [table]);
    }
}

/// <summary>Parts of the report that depend on more than the data folder.</summary>
/// <param name="ProvenanceProblems">How many claims the provenance check could not find on their line; null when the
/// articles were not available and the check did not run.</param>
internal sealed record ReportExtras(int? ProvenanceProblems, IReadOnlyList<ReportSection> Sections);
