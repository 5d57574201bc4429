using AnalysisHelpers.Charts;
using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Files;

namespace AnalysisHelpers.Export.Charts;

/// <summary>The outcome of <see cref="ChartExporter.ExportAsync(string, IReadOnlyList{ChartSpec}, ChartFormats, BrowserLocation?, CancellationToken)"/>.</summary>
/// <param name="Files">Every file written, in chart order.</param>
/// <param name="SkippedFormats">Requested static formats not written because no browser was found.</param>
/// <param name="SkipReason">Why they were skipped and how to install a browser; null when nothing was skipped.</param>
public sealed record ChartExportResult(IReadOnlyList<ExportedFile> Files, ChartFormats SkippedFormats, string? SkipReason)
{
    public bool SkippedAny => SkippedFormats != ChartFormats.None;
}
