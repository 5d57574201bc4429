namespace AnalysisHelpers.Export.Charts;

/// <summary>Which files to write per chart.</summary>
[Flags]
public enum ChartFormats
{
    None = 0,
    Html = 1,
    Svg = 2,
    Png = 4,
    Pdf = 8,
    Json = 16,

    /// <summary>The formats that need a browser.</summary>
    Static = Svg | Png | Pdf,
    All = Html | Svg | Png | Pdf | Json,
}
