namespace AnalysisHelpers.Charts;

/// <summary>Space around the plot area in pixels.</summary>
public readonly record struct ChartMargins(int Left, int Right, int Top, int Bottom);
