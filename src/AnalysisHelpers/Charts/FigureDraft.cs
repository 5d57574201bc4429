using Plotly.NET;
using static AnalysisHelpers.Charts.PlotlyObjects;

namespace AnalysisHelpers.Charts;

/// <summary>A figure being assembled: traces, layout properties, annotations and shapes, turned into a
/// <see cref="GenericChart"/> at the end so every part can be added in any order.</summary>
internal sealed class FigureDraft(int width, int height, ChartMargins margins)
{
    private readonly HashSet<string> legendShown = new(StringComparer.Ordinal);

    public int Width { get; } = width;
    public int Height { get; } = height;
    public ChartMargins Margins { get; } = margins;
    public List<Trace> Traces { get; } = [];
    public Dictionary<string, object> Layout { get; } = new(StringComparer.Ordinal);
    public List<object> Annotations { get; } = [];
    public List<object> Shapes { get; } = [];

    public double PlotWidth => Math.Max(1, Width - Margins.Left - Margins.Right);
    public double PlotHeight => Math.Max(1, Height - Margins.Top - Margins.Bottom);

    /// <summary>The paper x coordinate of a point just inside the figure's left edge, for text that should line up
    /// with the row labels rather than the plot area.</summary>
    public double PaperLeftEdge => -(Margins.Left - 12) / PlotWidth;

    /// <summary>True the first time a legend entry is asked for, so each group appears once in the legend.</summary>
    public bool ClaimLegendEntry(string group) => legendShown.Add(group);

    public GenericChart ToChart()
    {
        var layout = new Layout();
        foreach (var (key, value) in Layout) layout.With(key, value);
        if (Shapes.Count > 0) layout.With("shapes", Shapes.ToArray());
        if (Annotations.Count > 0) layout.With("annotations", Annotations.ToArray());
        return GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, Traces));
    }
}
