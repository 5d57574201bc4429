using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export;
using AnalysisHelpers.FactCheck;

namespace Workbook.Export;

/// <summary>Report sections beyond provenance and conflicts: the fact check against primary sources.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<ReportSection> Extra(WorkbookAnalysis analysis)
    {
        if (analysis.FactCheck.Count == 0) return [];
        var counts = analysis.FactCheck.GroupBy(r => r.Verdict).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.Describe()}");
        var paragraphs = new List<string>
        {
            $"Each claim that a primary or authoritative source bears on was checked against it: {analysis.FactCheck.Count} claim-reference pairs, " +
            $"with these verdicts: {string.Join("; ", counts)}.",
            "Figures are compared only in the same unit; bounds are checked as bounds, and a reference published after an article is not held against it.",
        };
        var table = new ReportTable("fact-check-table", "Every linked claim with its verdict", "Verdicts computed by FactChecker from the data; citations from reference_figures.csv.",
            ["Claim", "As stated", "Reference", "Verdict", "Why", "Citation"],
            analysis.FactCheck.Select(r => (IReadOnlyList<string>)[r.ClaimId, r.Claim.AsStated, r.RefId + ": " + r.Reference.Topic,
                r.Verdict.ToToken(), r.Explanation, r.Citation]).ToList());
        return [new ReportSection("fact-check", "Fact check against primary sources", paragraphs, [table])];
    }
}
