namespace AnalysisHelpers.Export.Browser;

/// <summary>The browser ran but a figure or page could not be rendered.</summary>
public sealed class ChartRenderException : Exception
{
    public ChartRenderException(string message) : base(message) { }

    public ChartRenderException(string message, Exception inner) : base(message, inner) { }
}
