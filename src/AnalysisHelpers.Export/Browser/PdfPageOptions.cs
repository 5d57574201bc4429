namespace AnalysisHelpers.Export.Browser;

/// <summary>Paper and margins for printing an HTML page to PDF.</summary>
/// <param name="Format">A paper format Chromium knows, e.g. "A4" or "Letter".</param>
/// <param name="Margin">A CSS length used for all four margins, e.g. "15mm".</param>
/// <param name="UsePageCss">Take paper, margins, page-margin boxes (running headers, page numbers) and named pages
/// (landscape pages) from the page's own @page rules instead; <see cref="Format"/> and <see cref="Margin"/> then only
/// apply where the page sets none. The PDF also gets an outline from the headings and tags for accessibility.</param>
public sealed record PdfPageOptions(string Format = "A4", string Margin = "15mm", bool UsePageCss = false)
{
    /// <summary>A4 with 15 mm margins.</summary>
    public static PdfPageOptions A4 { get; } = new();

    /// <summary>Whatever the page's @page rules say, A4 where they say nothing: the report's setting.</summary>
    public static PdfPageOptions PageCss { get; } = new(UsePageCss: true);
}
