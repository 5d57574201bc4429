using System.Text.Json;

namespace AnalysisHelpers.Tests.Charts;

/// <summary>Reads a chart's figure JSON back so tests check what Plotly will actually be given.</summary>
internal sealed class FigureJsonReader : IDisposable
{
    private readonly JsonDocument _document;

    public FigureJsonReader(string figureJson) => _document = JsonDocument.Parse(figureJson);

    public JsonElement Layout => _document.RootElement.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => _document.RootElement.GetProperty("data").EnumerateArray().ToList();

    public IReadOnlyList<JsonElement> Annotations =>
        Layout.TryGetProperty("annotations", out var annotations) ? annotations.EnumerateArray().ToList() : [];

    /// <summary>The traces drawing the claim or derived figure with this id (charts tag each trace with it in customdata).</summary>
    public IReadOnlyList<JsonElement> TracesFor(string id) => Traces
        .Where(t => t.TryGetProperty("customdata", out var data) && data.EnumerateArray().Any(d => d.GetString() == id))
        .ToList();

    public JsonElement SingleTraceFor(string id) => Assert.Single(TracesFor(id));

    public static IReadOnlyList<double> Numbers(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(e => e.GetDouble()).ToList();

    public static IReadOnlyList<string> Strings(JsonElement trace, string property) =>
        trace.GetProperty(property).EnumerateArray().Select(e => e.GetString() ?? "").ToList();

    public void Dispose() => _document.Dispose();
}
