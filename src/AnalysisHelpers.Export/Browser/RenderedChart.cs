namespace AnalysisHelpers.Export.Browser;

/// <summary>One figure drawn once by <see cref="StaticChartRenderer.RenderAsync"/>, in each requested static format;
/// a format not requested is null.</summary>
/// <param name="Svg">UTF-8 SVG document.</param>
/// <param name="Png">PNG image.</param>
/// <param name="Pdf">One-page vector PDF the figure's size.</param>
public sealed record RenderedChart(byte[]? Svg, byte[]? Png, byte[]? Pdf);
