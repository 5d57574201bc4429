using AnalysisHelpers.Provenance;

namespace AnalysisHelpers.Export.Report.Content;

/// <summary>What the report states about how it was made, beyond the analysis itself.</summary>
/// <param name="Date">The day it was made.</param>
/// <param name="ToolVersion">The workbook's version, e.g. "1.0.0".</param>
/// <param name="DataFingerprint">A short hash naming the data it was made from (see <see cref="DataFingerprint"/>).</param>
/// <param name="ProvenanceProblems">How many claims the provenance check could not find on their line; null when the
/// articles were not available and the check did not run.</param>
/// <param name="Coverage">What the coverage check found in the articles; null when the articles were not available
/// and the check did not run.</param>
public sealed record ReportContext(DateOnly Date, string ToolVersion, string DataFingerprint, int? ProvenanceProblems,
    CoverageSummary? Coverage = null);

/// <summary>How the figure-like spans of the articles are accounted for (see <see cref="CoverageCheck"/>).</summary>
/// <param name="Articles">Articles whose text was read.</param>
/// <param name="Spans">Figure-like spans found in them.</param>
/// <param name="InClaims">Spans inside a claim's as_stated on the claim's own line.</param>
/// <param name="Repeats">Spans that repeat a claim's as_stated elsewhere in its article.</param>
/// <param name="Excluded">Spans a row of coverage_exclusions.csv explains, with its reason.</param>
/// <param name="Uncovered">Spans nothing accounts for.</param>
public sealed record CoverageSummary(int Articles, int Spans, int InClaims, int Repeats, int Excluded, int Uncovered)
{
    public static CoverageSummary Of(CoverageReport report, int articles)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(articles, report.Spans.Count, report.Count(Provenance.Coverage.Claimed), report.Count(Provenance.Coverage.Repeated),
            report.Count(Provenance.Coverage.Excluded), report.Count(Provenance.Coverage.Uncovered));
    }
}
