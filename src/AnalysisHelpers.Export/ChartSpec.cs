namespace AnalysisHelpers.Export;

/// <summary>One chart to export: id (file name stem, see <see cref="SafeId"/>), texts, figure JSON and size in CSS pixels.</summary>
public sealed record ChartSpec(string Id, string Title, string Caption, string FigureJson, int Width, int Height);
