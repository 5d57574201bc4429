using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisHelpers.Charts;

/// <summary>A figure being assembled from Plotly.NET objects: traces, the house layout, axes and annotations, turned
/// into a <see cref="GenericChart"/> at the end so every part can be added in any order.</summary>
internal sealed class FigureDraft(int width, int height, ChartMargins margins, Layout layout, Legend legend)
{
    private readonly HashSet<string> _legendShown = new(StringComparer.Ordinal);

    public int Width { get; } = width;
    public int Height { get; } = height;
    public ChartMargins Margins { get; } = margins;
    public List<Trace> Traces { get; } = [];

    /// <summary>The house layout; a chart may style it further (<c>Layout.style(...)</c>).</summary>
    public Layout Layout { get; set; } = layout;

    public Legend Legend { get; set; } = legend;

    /// <summary>Axes by their subplot id, in the order added.</summary>
    public List<(StyleParam.SubPlotId Id, LinearAxis Axis)> Axes { get; } = [];

    public List<Annotation> Annotations { get; } = [];

    public double PlotWidth => Math.Max(1, Width - Margins.Left - Margins.Right);
    public double PlotHeight => Math.Max(1, Height - Margins.Top - Margins.Bottom);

    /// <summary>The paper x coordinate of a point just inside the figure's left edge, for text that should line up
    /// with the row labels rather than the plot area.</summary>
    public double PaperLeftEdge => -(Margins.Left - 12) / PlotWidth;

    /// <summary>True the first time a legend entry is asked for, so each group appears once in the legend.</summary>
    public bool ClaimLegendEntry(string group) => _legendShown.Add(group);

    public void AddXAxis(int n, LinearAxis axis) => Axes.Add((StyleParam.SubPlotId.NewXAxis(n), axis));
    public void AddYAxis(int n, LinearAxis axis) => Axes.Add((StyleParam.SubPlotId.NewYAxis(n), axis));

    public GenericChart ToChart()
    {
        var layout = Plotly.NET.Layout.setLegend(StyleParam.SubPlotId.NewLegend(1), Legend).Invoke(Layout);
        foreach (var (id, axis) in Axes) layout = Plotly.NET.Layout.setLinearAxis(id, axis).Invoke(layout);
        if (Annotations.Count > 0) layout = PlotlyInit.Style(layout, ("Annotations", Annotations.ToArray()));
        return GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, Traces));
    }
}
