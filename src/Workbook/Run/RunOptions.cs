using AnalysisHelpers.Export.Charts;

namespace Workbook.Run;

/// <summary>What <c>workbook run</c> was asked to do, as its options parsed them; null folders take the defaults.</summary>
/// <param name="Notebooks">Notebooks named on the command line; none means every .dib under notebooks/.</param>
/// <param name="Formats">The chart formats of --formats; null when not given (every format, and a missing browser is then
/// a warning, not a failure).</param>
internal sealed record RunOptions(
    IReadOnlyList<string> Notebooks,
    string? OutputDirectory = null,
    string? DataDirectory = null,
    IReadOnlyDictionary<string, string>? Parameters = null,
    TimeSpan? CellTimeout = null,
    bool HideCode = false,
    ChartFormats? Formats = null,
    bool NoExport = false,
    string? BrowserPath = null,
    bool Force = false)
{
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(300);

    public IReadOnlyDictionary<string, string> ParameterValues => Parameters ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public TimeSpan Timeout => CellTimeout ?? DefaultCellTimeout;
}
