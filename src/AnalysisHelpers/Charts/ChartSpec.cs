using System.Text.RegularExpressions;
using Plotly.NET;

namespace AnalysisHelpers.Charts;

/// <summary>A finished chart: the Plotly figure, its JSON (byte-identical for identical data, so exports and notebook
/// outputs diff cleanly), a caption, its size and the claims it draws on.</summary>
public sealed partial record ChartSpec(
    string Id,
    string Title,
    string Caption,
    GenericChart Chart,
    string FigureJson,
    int Width,
    int Height,
    IReadOnlyList<string> ClaimIds)
{
    public string Id { get; init; } = ValidId(Id);

    /// <summary>Draws the chart afresh, so a restyle never changes the chart of the spec it started from.</summary>
    private Func<GenericChart>? _redraw;

    /// <summary>Builds a spec from a chart, serialising its figure once.</summary>
    public static ChartSpec From(string id, string title, string caption, GenericChart chart, int width, int height,
        IEnumerable<string> claimIds) =>
        new(id, title, caption, chart, PlotlyFigureJson.Of(chart), width, height,
            claimIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    /// <summary>Builds a spec from a function that draws the chart, which <see cref="Restyle"/> calls again.</summary>
    internal static ChartSpec From(string id, string title, string caption, Func<GenericChart> draw, int width, int height,
        IEnumerable<string> claimIds) =>
        From(id, title, caption, draw(), width, height, claimIds) with { _redraw = draw };

    /// <summary>The chart restyled with Plotly.NET calls, as a new spec: its figure JSON serialised again and its size
    /// read back from the restyled layout, so exports draw what the notebook shows. Caption, title and claims stay.
    /// The workbook's charts are Plotly.NET objects (Trace2D, Layout, LinearAxis, Marker, Line, Annotation), so a
    /// call such as <c>chart.WithXAxisStyle(TitleText: "…")</c> (Plotly.NET.CSharp) or
    /// <c>Chart.withLegendStyle(…)</c> changes what it names and keeps the rest of the house style.</summary>
    /// <example><code>
    /// using Plotly.NET.CSharp;
    /// var wide = analysis.Adoption().Restyle(chart => chart.WithSize(Width: 1400));
    /// </code></example>
    public ChartSpec Restyle(Func<GenericChart, GenericChart> restyle)
    {
        ArgumentNullException.ThrowIfNull(restyle);
        var chart = restyle(_redraw is null ? Chart : _redraw());
        string json = PlotlyFigureJson.Of(chart);
        using var figure = System.Text.Json.JsonDocument.Parse(json);
        var layout = figure.RootElement.GetProperty("layout");
        int Size(string name, int current) =>
            layout.TryGetProperty(name, out var value) && value.TryGetInt32(out int size) ? size : current;
        return this with { Chart = chart, FigureJson = json, Width = Size("width", Width), Height = Size("height", Height), _redraw = null };
    }

    private static string ValidId(string id) =>
        id is not null && IdPattern().IsMatch(id)
            ? id
            : throw new ArgumentException($"Chart id '{id}' must match ^[a-z0-9][a-z0-9-]*$.", nameof(id));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
