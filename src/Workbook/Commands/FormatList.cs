using AnalysisHelpers.Export.Charts;

namespace Workbook.Commands;

/// <summary>Parses <c>--formats html,svg,png,pdf</c>. Figure JSON is always written beside the charts.</summary>
internal static class FormatList
{
    public static bool TryParse(string? text, out ChartFormats formats, out string? error)
    {
        formats = ChartFormats.Json;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) { formats = ChartFormats.All; return true; }
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "html": formats |= ChartFormats.Html; break;
                case "svg": formats |= ChartFormats.Svg; break;
                case "png": formats |= ChartFormats.Png; break;
                case "pdf": formats |= ChartFormats.Pdf; break;
                case "json": break;
                default:
                    error = $"--formats: unknown format \"{part}\" (use html, svg, png, pdf)";
                    return false;
            }
        }
        return true;
    }
}
