using AnalysisHelpers.Analysis;
using AnalysisHelpers.Export;

namespace Workbook.Export;

/// <summary>Report sections beyond provenance and conflicts.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<ReportSection> Extra(WorkbookAnalysis analysis) => [];
}
