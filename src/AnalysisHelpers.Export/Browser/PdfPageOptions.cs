namespace AnalysisHelpers.Export;

/// <summary>Paper and margins for printing an HTML page to PDF.</summary>
/// <param name="Format">A paper format Chromium knows, e.g. "A4" or "Letter".</param>
/// <param name="Margin">A CSS length used for all four margins, e.g. "15mm".</param>
public sealed record PdfPageOptions(string Format = "A4", string Margin = "15mm")
{
    /// <summary>A4 with 15 mm margins, matching the report's print stylesheet.</summary>
    public static PdfPageOptions A4 { get; } = new();
}
