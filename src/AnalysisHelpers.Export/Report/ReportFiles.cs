using AnalysisHelpers.Export.Browser;
using AnalysisHelpers.Export.Files;

namespace AnalysisHelpers.Export.Report;

/// <summary>Writes report.html and, printed from the same page, report.pdf; each file atomically.</summary>
public static class ReportFiles
{
    public const string HtmlName = "report.html";
    public const string PdfName = "report.pdf";

    public static ExportedFile WriteHtml(string outputDirectory, string html)
    {
        var path = Path.GetFullPath(Path.Combine(outputDirectory, HtmlName));
        AtomicFile.WriteAllText(path, html);
        return new ExportedFile(path, HtmlName, OutputKind.ReportHtml);
    }

    /// <summary>Prints the page to A4 by its own @page rules (running header, page numbers, landscape pages).</summary>
    public static async Task<ExportedFile> WritePdfAsync(string outputDirectory, string html, StaticChartRenderer renderer, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var path = Path.GetFullPath(Path.Combine(outputDirectory, PdfName));
        byte[] pdf;
        try
        {
            pdf = await renderer.PrintHtmlToPdfAsync(html, PdfPageOptions.PageCss, cancel);
        }
        catch (ChartRenderException e)
        {
            throw new ChartRenderException($"Printing {PdfName} failed: {e.Message}", e);
        }
        cancel.ThrowIfCancellationRequested();
        AtomicFile.WriteAllBytes(path, pdf);
        return new ExportedFile(path, PdfName, OutputKind.ReportPdf);
    }
}
